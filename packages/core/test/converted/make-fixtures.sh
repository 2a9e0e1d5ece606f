#!/bin/sh
# Print plans to the files planners actually get, with LibreOffice (Debian: apt-get install libreoffice-writer-nogui
# fonts-noto-cjk): each text is opened as a document and saved as Word (.docx); the Word file is then exported as PDF
# and as a web page, as someone would send or publish it. The outputs are committed, so tests and CI need no LibreOffice;
# run this again only to remake them (their bytes change: LibreOffice stamps dates and ids).
#
# Sources: two seeds of the repository (seeds/*.txt) and duplicate-label-plan.txt here, a crafted plan long enough to
# run onto a second page, with one item number used twice so that the parser has something to point at there; and
# task-table-plan.html, a crafted plan with a ruled table.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
seeds=$(cd "$here/../../../../seeds" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for src in "$seeds/qingdao-2025-big-data-work-points.txt" "$seeds/qingpu-2025-work-points.txt" "$here/duplicate-label-plan.txt"; do
  name=$(basename "$src" .txt)
  cp "$src" "$work/$name.txt"
  # Note: the text filter's options say the file is UTF-8 with LF line ends; each line becomes a paragraph.
  soffice --headless -env:UserInstallation="file://$work/profile" --infilter="Text (encoded):UTF8,LF,,," --convert-to docx --outdir "$work" "$work/$name.txt" >/dev/null
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work" "$work/$name.docx" >/dev/null
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to 'html:HTML (StarWriter):UTF8' --outdir "$work" "$work/$name.docx" >/dev/null
  for ext in docx pdf html; do cp "$work/$name.$ext" "$here/$name.$ext"; done
done
# A plan with a task-allocation table (a cell spanning two rows), written as a web page: opened and saved as Word, the
# Word file exported as PDF, so that all three hold the same table.
name=task-table-plan
cp "$here/$name.html" "$work/$name.html"
soffice --headless -env:UserInstallation="file://$work/profile" --infilter="HTML (StarWriter)" --convert-to docx --outdir "$work" "$work/$name.html" >/dev/null
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work" "$work/$name.docx" >/dev/null
for ext in docx pdf; do cp "$work/$name.$ext" "$here/$name.$ext"; done
