import { extract } from '../src/engine';
import { toCsv } from '../src/export/formats';
for (const s of [
 "- Phấn đấu thu ngân sách đạt 60 nghìn tỷ đồng.",
 "+ Phấn đấu thu ngân sách đạt 60 nghìn tỷ đồng.",
 "=1+1, phấn đấu đến năm 2025 thu ngân sách đạt 60 nghìn tỷ đồng.",
 "Tỉnh Quảng Ninh:\n- Đến năm 2025, thu ngân sách đạt 60 nghìn tỷ đồng.\n+ Đến năm 2030, thu ngân sách đạt 90 nghìn tỷ đồng.\n@ Đến năm 2030, \"xuất khẩu\" đạt 5 tỷ USD.",
 "Tỉnh Quảng Ninh phấn đấu:\n-thu ngân sách đạt 60 nghìn tỷ đồng vào năm 2025;\n=HYPERLINK(\"x\") đạt 9 tỷ USD vào năm 2025;\n+ xuất khẩu đạt 5 tỷ USD vào năm 2025; @ thu hút 2 tỷ USD vốn FDI vào năm 2025.",
]) { const r = extract(s); console.log(JSON.stringify(s)); for (const g of r.goals) console.log('  ', JSON.stringify([g.indicator, g.value, g.province, g.deadline, g.evidence])); }
