#!/bin/bash
# step.sh LABEL : diff, build, import into $COL, summarise
W=/tmp/t32/weeks; COL=/tmp/t32/weeks-col
echo "### $1"
/work/wt/finder/.venv/bin/deckc diff $W 2>&1 | grep -v '^unchanged' | cut -c1-220
/work/wt/finder/.venv/bin/deckc build $W 2>&1 | grep -v '^    ' | cut -c1-300
~/ankitools/bin/python /work/shared/tools/anki_probe.py import-apkg $W/build/weeks.apkg --collection $COL > /tmp/t32/imp.json
ls $W/build/*retired* 2>/dev/null
python3 - <<'PY'
import json
d=json.load(open('/tmp/t32/imp.json'));l=d['import_log']
print('ANKI import:',{k:l[k] for k in ('found_notes','new','updated','duplicate','conflicting')})
for k in ('new','updated','duplicate','conflicting'):
    for x in l['details'].get(k,[]): print('   ',k,x['guid'],x['first_field'][:70])
print('ANKI totals:', d.get('totals'))
PY
