# Draws the sentences of en-twoway.tsv: the mail of two-way clients, which is the only client mail the
# scan reads for tone. Run from a folder holding:
#   enron-inbox.tsv, enron-mailboxes.tsv   ExtractSentences output over the two-way clients' messages
#   senders.tsv                            location TAB sender, from the scans' messages.csv
#   and the labelled files en-real.tsv, en-threads.tsv, en-threads-mined.tsv
# Writes pool.tsv: split, message, n, sentence, in a shuffled order that hides the split.
#
# The split is by sender and fixed before anything is labelled: a held-out sender of en-real.tsv stays
# held out; a sender with development rows in en-real.tsv, or rows in the thread sets, is development;
# of the other senders a quarter, drawn with a fixed seed, is held out.
import collections, random, sys

def rows(name):
    with open(name, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            yield dict(zip(header, line.rstrip("\n").split("\t")))

sender_of = {}
for line in open("senders.tsv", encoding="utf-8"):
    location, sender = line.rstrip("\n").split("\t")
    sender_of[location] = sender

labelled_messages = set()
held_senders, dev_senders = set(), set()
for r in rows("en-real.tsv"):
    labelled_messages.add(r["message"])
    sender = sender_of.get(r["message"])
    if sender:
        (held_senders if r["split"] == "heldout" else dev_senders).add(sender)
for name in ("en-threads.tsv", "en-threads-mined.tsv"):
    for r in rows(name):
        labelled_messages.add(r["message"])
        sender = sender_of.get(r["message"])
        if sender:
            dev_senders.add(sender)
dev_senders -= held_senders

by_msg = collections.OrderedDict()
for src in ("enron-inbox", "enron-mailboxes"):
    for line in open(f"{src}.tsv", encoding="utf-8"):
        msg, sender, n, text = line.rstrip("\n").split("\t", 3)
        key = src + "/" + msg
        if key not in labelled_messages:
            by_msg.setdefault(key, []).append((sender, int(n), text))
by_sender = collections.defaultdict(list)
for msg, rs in by_msg.items():
    by_sender[rs[0][0]].append(msg)

rng = random.Random(20261202)
fresh = sorted(s for s in by_sender if s not in held_senders and s not in dev_senders)
rng.shuffle(fresh)
held = held_senders | set(fresh[: len(fresh) // 4])
out = []
for s in sorted(by_sender):
    msgs = sorted(by_sender[s])
    rng.shuffle(msgs)
    for msg in msgs[:8]:
        for sender, n, text in by_msg[msg][:15]:
            out.append(("heldout" if s in held else "dev", msg, n, text))
rng.shuffle(out)
print(len(out), "sentences,", sum(1 for o in out if o[0] == "heldout"), "held out;",
      len(by_sender), "senders,", sum(1 for s in by_sender if s in held), "held out", file=sys.stderr)
with open("pool.tsv", "w", encoding="utf-8") as f:
    for split, msg, n, text in out:
        f.write(f"{split}\t{msg}\t{n}\t{text}\n")
