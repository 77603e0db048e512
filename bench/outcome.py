"""Shortens what one photodesk run printed to a table cell: the first rejection's reason, the counts, or the text."""
import json
import sys

work = sys.argv[1]
text = sys.stdin.read().replace(work, "…").strip()
line = next((l for l in text.splitlines() if l.startswith("{")), None)
if line:
    try:
        summary = json.loads(line)
        rejected = summary.get("rejected", [])
        cell = ("rejected: " + rejected[0]["reason"]) if rejected else "added %d" % summary.get("added", 0)
        if summary.get("error"):
            cell += " (error: " + summary["error"] + ")"
    except ValueError:
        cell = line
else:
    lines = [l for l in text.splitlines() if l.strip() and not l.startswith("Watching")]
    cell = "; ".join(lines) if lines else text
cell = cell.replace("|", "\\|").replace("\n", " ")
print(cell[:160] + ("…" if len(cell) > 160 else ""))
