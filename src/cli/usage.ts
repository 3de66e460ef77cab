/** What `chitieu --help` and `chitieu extract|export|convert --help` print, and the version. */
import { version } from '../../package.json';

export const VERSION = version;

export const EXTRACT_USAGE = `usage: chitieu extract PATH... [--format json|jsonl|csv|tree] [--out FILE] [--jobs N]
                       [--include GLOB]... [--exclude GLOB]... [--reference-date YYYY[-MM[-DD]]]
                       [--encoding NAME] [--cache DIR]
  Runs the engine over files and folders and writes what it finds, one document after another as
  each is done (the output's order is the order of the files, whatever --jobs is).
  PATH        a file, a folder (walked for .txt, .md, .pdf, .docx and .doc files), or - for the
              standard input. .pdf, .docx and .doc files are read as PDF and Word (each finding
              gets "source": its PDF page and position, or its Word paragraph); any other file as
              text in UTF-8/16, Windows-1258, TCVN3, VISCII or VNI (the encoding is detected)
  -f, --format  json (default: {"version":1,"documents":[…]}), jsonl (one document per line),
              csv (one goal per row, UTF-8 with BOM), tree (goals per province, written at the end)
  -o, --out FILE  write there (complete, or not at all: it is renamed into place at the end)
              instead of to the standard output
  -j, --jobs N  documents read in parallel on N threads (default: the number of cores)
  --include GLOB  the files of a folder to read, instead of those five (may be repeated)
  --exclude GLOB  files and folders to leave out (may be repeated); both as the settings
              chitieu.workspace.include/exclude, relative to the folder given: * ? [a-z] {a,b},
              ** for any number of folders (**/*.txt, **/drafts/**); a file named is always read
  --reference-date  the date of documents whose text states none; a date set for a document in
              .chitieu/ (“Set document date…” in VS Code) is used for that document instead
  -e, --encoding NAME  read every text file (and the standard input) in NAME instead of detecting
              its encoding, for a file whose encoding cannot be told: utf-8, utf-16le, utf-16be,
              windows-1258, tcvn3, viscii or vni (also cp1258, abc, vni-windows, utf8...); PDF
              and Word files are not affected
  --cache DIR  keep what this run makes of each file in DIR (made if need be), and take from
              there each file unchanged since (its size, times and inode; the same options and
              chitieu version): a run over a corpus of which few files changed reads only those.
              A file changed in the last 3 seconds is read again next time
  --          what follows are paths, even if they start with '-'
  Progress (files, MB/s, time left) goes to stderr when it is a terminal; so does what a file's
  reading lost (a scanned page, images) or which legacy encoding it read. Exit code: 0, 1 when
  some file could not be read (named on stderr; the others are written), 2 for a wrong command line.`;

export const EXPORT_USAGE = `usage: chitieu export PATH... --format xlsx|goals-csv|entities-csv|doccano|brat|json [--out FILE|DIR]
                      [--rejected omit|mark] [--root DIR] [--reference-date YYYY[-MM[-DD]]] [--encoding NAME]
  The engine's output merged with the annotations in ROOT/.chitieu/ (confirmed, edited and added
  items win; rejected ones are left out, or kept and marked with --rejected mark).
  brat writes a folder (default: ROOT/exports/brat-YYYY-MM-DD-HHMM), never one that holds
  documents chitieu did not write; a later export into it replaces only what the earlier one wrote
  (listed in its .chitieu-export.json). The others write one file (or stdout).
  PATH        a file or a folder, read as extract reads them (text in any supported encoding, PDF,
              .docx, .doc); a PDF's or Word file's items say where they are in it: a "source"
              field in json (page, or 0-based paragraph), a last column "source" in the CSVs and
              the workbook ("page 2", "paragraph 14")
  --root DIR  the folder holding .chitieu/ (default: the nearest folder above PATH that has one)
  --reference-date  the date of documents whose text states none; a date set for a document in
              .chitieu/ is used for that document instead
  -e, --encoding NAME  read every text file in NAME instead of detecting
              its encoding, for a file whose encoding cannot be told: utf-8, utf-16le, utf-16be,
              windows-1258, tcvn3, viscii or vni (also cp1258, abc, vni-windows, utf8...); PDF
              and Word files are not affected
  --          what follows are paths, even if they start with '-'`;

export const CONVERT_USAGE = `usage: chitieu convert FILE... --out DIR [--encoding NAME]
  Writes each document's text as UTF-8, to annotate it as text: a corpus of PDF, Word and
  legacy-encoded files is converted once.
  FILE        a .pdf, .docx, .doc, .txt or .md file (text in UTF-8/16, Windows-1258, TCVN3, VISCII
              or VNI), or a folder (walked for them; their subfolders are kept under DIR)
  -o, --out DIR  where DIR/NAME.txt (UTF-8) and its sidecar DIR/NAME.source.json (the offset map
              back to PDF page / Word paragraph, what was lost, the encoding read) are written;
              a folder's files keep their path under it (FOLDER/a/b.pdf → DIR/a/b.txt)
  -e, --encoding NAME  read every text file in NAME instead of detecting
              its encoding, for a file whose encoding cannot be told: utf-8, utf-16le, utf-16be,
              windows-1258, tcvn3, viscii or vni (also cp1258, abc, vni-windows, utf8...); PDF
              and Word files are not affected
  --          what follows are paths, even if they start with '-'
  Exit code: 0, 1 when some file could not be read or written (named on stderr), 2 for a wrong
  command line.`;

export const USAGE = `usage: chitieu extract PATH... [--format json|jsonl|csv|tree] [--out FILE] [--jobs N] [--include GLOB] [--exclude GLOB]
       chitieu export PATH... --format xlsx|goals-csv|entities-csv|doccano|brat|json [--out FILE|DIR]
       chitieu convert FILE... --out DIR [--encoding NAME]   (PDF, Word and legacy-encoded text to UTF-8 text)
       chitieu agree A B [--format table|json] [--out FILE]   (agreement between two annotators)
       chitieu --version
  chitieu COMMAND --help says more about a command.`;
