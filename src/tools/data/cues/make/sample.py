import random, collections, sys, hashlib
rows = []
for src in ["enron-inbox", "enron-mailboxes"]:
    for line in open(f"{src}.tsv", encoding="utf-8"):
        msg, sender, n, text = line.rstrip("\n").split("\t", 3)
        rows.append((src + "/" + msg, sender, int(n), text))
by_msg = collections.OrderedDict()
for r in rows:
    by_msg.setdefault(r[0], []).append(r)
by_sender = collections.defaultdict(list)
for msg, rs in by_msg.items():
    by_sender[rs[0][1]].append(msg)
rng = random.Random(20261201)
senders = sorted(by_sender)
rng.shuffle(senders)
held = set(senders[: len(senders) // 4])
out = []
for s in senders:
    msgs = sorted(by_sender[s])
    rng.shuffle(msgs)
    for msg in msgs[:2]:
        for r in by_msg[msg][:8]:
            out.append(("heldout" if s in held else "dev", r))
rng.shuffle(out)
print(len(out), sum(1 for o in out if o[0]=="heldout"), file=sys.stderr)
with open("pool.tsv", "w", encoding="utf-8") as f:
    for split, (msg, sender, n, text) in out:
        f.write(f"{split}\t{msg}\t{n}\t{text}\n")
