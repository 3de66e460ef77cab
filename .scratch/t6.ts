import { extract } from '../src/engine';
for (const s of [
 "Phấn đấu đến năm 2030, tỉnh Bắc Ninh có 24 khu công nghiệp được quy hoạch.",
 "Phấn đấu đến năm 2030, tỉnh Bắc Ninh có 24 khu công nghiệp được quy hoạch với tổng diện tích khoảng bảy nghìn héc ta và thu hút nhiều nhà đầu tư lớn trong và ngoài nước",
 "Phấn đấu đến năm 2025, giá trị sản xuất công nghiệp của tỉnh Quảng Ninh đạt gần 450 nghìn tỷ đồng.",
 "Phấn đấu đến năm 2025, giá trị sản xuất công nghiệp của tỉnh Quảng Ninh đạt gần 450 nghìn tỷ đồng.".normalize('NFD'),
 "Phấn đấu đến năm 2025, giá trị sản xuất công nghiệp của tỉnh Quảng\u00a0Ninh đạt gần 450 nghìn tỷ đồng.",
 "Phấn đấu đến năm 2025, giá trị sản xuất công nghiệp của tỉnh Quảng\u200bNinh đạt gần 450 nghìn tỷ đồng.",
 "Phấn đấu đến năm 2025, giá trị sản xuất công nghiệp tỉnh Quảng Ninh đạt gần 450 nghìn tỷ đồng.",
 "Đến năm 2025, tỉnh Quảng Ninh phấn đấu thu ngân sách đạt 60 nghìn tỷ đồng.",
 "=SUM(A1) Phấn đấu đến năm 2025, tỉnh Quảng Ninh đạt 60 nghìn tỷ đồng.",
 "- Đến năm 2025, tổng thu ngân sách của tỉnh Quảng Ninh đạt \"60\" nghìn tỷ đồng, tăng 8,5%.",
]) { const r = extract(s); console.log(JSON.stringify(s)); for (const g of r.goals) console.log('  ', JSON.stringify([g.indicator, g.value, g.unit, g.province, g.deadline, g.evidence])); console.log('  ', r.entities.map(e=>e.text).join(' | ')); }
