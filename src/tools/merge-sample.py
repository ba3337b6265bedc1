# Picks 40 merged contacts (two or more reports) at random, seed 18, and prints each with its raw rows.
import json, random
d = json.load(open('/tmp/dq/all.json'))['contacts']
merged = [c for c in d if len(c.get('reports', [])) >= 2]
random.Random(18).shuffle(merged)
pick = sorted(merged[:40], key=lambda c: c['id'])
base = 'src/test/resources/fixtures/'
icews = {}
for line in open(base + 'icews-2018-sample.tab', encoding='utf-8').read().splitlines()[1:]:
    f = line.split('\t'); icews[(f[1], f[0])] = f
gdelt = {}
for line in open(base + 'gdelt2-sample.tsv', encoding='utf-8').read().splitlines():
    f = line.split('\t'); gdelt[f[0]] = f
print(f"{len(merged)} merged contacts of {len(d)}; 40 picked with random.Random(18)\n")
for c in pick:
    a, b = c['a'], c['b']
    print(f"=== contact {c['id']} {c['date']} {a['country']}({a['level']}; {', '.join(p.get('name', p.get('title','')) for p in a.get('participants',[]))})"
          f" - {b['country']}({b['level']}; {', '.join(p.get('name', p.get('title','')) for p in b.get('participants',[]))})"
          f" mode={c['mode']} status={c['status']} location={c.get('location')} reports={len(c['reports'])}")
    for r in c['reports']:
        if r['dataset'] == 'ICEWS':
            f = icews[(r['date'], r['eventId'])]
            print(f"  ICEWS {f[0]} | {f[2]} [{f[3]}] ({f[4]}) --{f[6]} {f[5]}--> {f[8]} [{f[9]}] ({f[10]}) | story {f[11]} s{f[12]} {f[13]} | {f[14]} {f[17]}")
        else:
            f = gdelt[r['eventId']]
            print(f"  GDELT {f[0]} {f[1]} | {f[6]} ({f[7]}) --{f[26]}--> {f[16]} ({f[17]}) | root={f[25]} src={f[32]} art={f[33]} | {f[52] if len(f)>52 else ''} | {f[-1]}")
    print()
