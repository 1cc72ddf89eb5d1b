#!/usr/bin/env python3
"""List and count the mail of an Enron Maildir for labelling correspondents.

Not used by the Java tests. Reads a Maildir (with Maildir++ subfolders), recognises copies of one
message by content (each copy in the Enron corpus has its own Message-ID), and prints per
outside correspondent key the distinct inbound / outbound message counts.

Copies: two files are one message when they have the same sender address, the same subject (whitespace
collapsed), the same body (all whitespace removed, so re-wrapped copies still match) and Dates that
differ by a whole number of hours, at most 24 (old exports shifted some copies by whole hours).

Usage:
  count_copies.py MAILDIR --owner ADDR [--owner ADDR ...] [--groups FILE] [--messages FILE]
                  [--keys FILE]

  --groups FILE    write one line per group of copies (paths relative to MAILDIR, tab-separated,
                   the file from the earliest folder by name first)
  --messages FILE  write one line per distinct message: id, direction, sender, key(s), date, subject
  --keys FILE      write per key: key, distinct_in, distinct_out, files_in

Key: the registrable domain under the public suffix list (ICANN section), except freemail/ISP
domains, which are keyed by the full address. The owner's domain is enron.com and its subdomains.
"""
import argparse
import email
import email.policy
import email.utils
import hashlib
import os
import re
import sys
from collections import defaultdict

PSL_PATHS = ["/usr/share/publicsuffix/public_suffix_list.dat",
             "/etc/java-17-openjdk/security/public_suffix_list.dat"]

# The project's freemail list plus 2001-era US ISPs and paging gateways (idt.net, mediaone.net,
# attbi.com, skytel.com occur in these mailboxes): each address there is a different person.
FREEMAIL = set("""
gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk live.com msn.com yahoo.com yahoo.co.uk
ymail.com rocketmail.com aol.com icloud.com me.com mac.com gmx.com gmx.net gmx.de web.de mail.com
zoho.com fastmail.fm comcast.net verizon.net att.net sbcglobal.net bellsouth.net cox.net charter.net
earthlink.net t-online.de orange.fr wanadoo.fr btinternet.com
rr.com swbell.net flash.net compuserve.com home.com prodigy.net netzero.net juno.com mindspring.com
excite.com pacbell.net ev1.net concentric.net usa.net email.com bigfoot.com worldnet.att.net
ix.netcom.com netcom.com qwest.net uswest.net telus.net shaw.ca sympatico.ca idirect.com
houston.rr.com hotmail.ca yahoo.ca aol.ca
idt.net mediaone.net attbi.com skytel.com
""".split())

OUR_DOMAIN = "enron.com"


def load_psl():
    for p in PSL_PATHS:
        if os.path.exists(p):
            rules, exceptions = set(), set()
            with open(p, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if line.startswith("// ===END ICANN DOMAINS==="):
                        break
                    if not line or line.startswith("//"):
                        continue
                    if line.startswith("!"):
                        exceptions.add(line[1:])
                    else:
                        rules.add(line)
            return rules, exceptions
    raise SystemExit("no public suffix list found")


PSL_RULES, PSL_EXC = load_psl()


def registrable(domain):
    labels = domain.lower().strip(".").split(".")
    # find the longest matching public suffix
    suffix_len = 1
    for i in range(len(labels)):
        cand = ".".join(labels[i:])
        wild = ".".join(["*"] + labels[i + 1:]) if i + 1 <= len(labels) else None
        if cand in PSL_EXC:
            suffix_len = len(labels) - i - 1
            break
        if cand in PSL_RULES or (wild and wild in PSL_RULES):
            suffix_len = len(labels) - i
            break
    if len(labels) <= suffix_len:
        return domain.lower()
    return ".".join(labels[-(suffix_len + 1):])


def is_ours(addr):
    d = addr.rsplit("@", 1)[-1]
    return d == OUR_DOMAIN or d.endswith("." + OUR_DOMAIN)


def key_of(addr):
    d = addr.rsplit("@", 1)[-1]
    if d in FREEMAIL or registrable(d) in FREEMAIL:
        return addr
    return registrable(d)


def addresses(msg, header):
    vals = msg.get_all(header, [])
    out = []
    for _, a in email.utils.getaddresses([str(v) for v in vals]):
        a = a.strip().strip("'\"").lower()
        if "@" in a:
            out.append(a)
    return out


def body_text(msg):
    if msg.is_multipart():
        parts = []
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                parts.append(p.get_payload(decode=True) or b"")
        raw = b"\n".join(parts)
    else:
        raw = msg.get_payload(decode=True) or b""
    return raw.decode("latin-1")


def read_maildir(root):
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        if os.path.basename(dirpath) not in ("cur", "new"):
            continue
        for fn in sorted(filenames):
            files.append(os.path.relpath(os.path.join(dirpath, fn), root))
    recs = []
    for rel in files:
        with open(os.path.join(root, rel), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.compat32)
        frm = addresses(msg, "From")
        date = email.utils.parsedate_tz(msg.get("Date", ""))
        ts = email.utils.mktime_tz(date) if date else None
        subj = re.sub(r"\s+", " ", str(msg.get("Subject", ""))).strip()
        body = re.sub(r"\s+", "", body_text(msg))
        recs.append({
            "path": rel,
            "folder": os.path.dirname(os.path.dirname(rel)) or "(INBOX)",
            "from": frm[0] if frm else "",
            "to": addresses(msg, "To"),
            "cc": addresses(msg, "Cc"),
            "ts": ts,
            "date": msg.get("Date", ""),
            "subject": subj,
            "bodyhash": hashlib.sha1(body.encode("latin-1")).hexdigest(),
        })
    return recs


def group_copies(recs):
    buckets = defaultdict(list)
    for r in recs:
        buckets[(r["from"], r["subject"].lower(), r["bodyhash"])].append(r)
    groups = []
    for items in buckets.values():
        items.sort(key=lambda r: (r["ts"] or 0))
        clusters = []
        for r in items:
            for c in clusters:
                d = abs((r["ts"] or 0) - (c[0]["ts"] or 0))
                if d % 3600 == 0 and d <= 24 * 3600:
                    c.append(r)
                    break
            else:
                clusters.append([r])
        groups.extend(clusters)

    for g in groups:
        g.sort(key=lambda r: r["path"])  # byte order: earliest folder by name first
    groups.sort(key=lambda g: g[0]["path"])
    return groups


def direction(r, owners):
    if not r["from"]:
        return "other"
    if r["from"] in owners:
        ext = [a for a in r["to"] + r["cc"] if not is_ours(a) and a not in owners]
        return "outbound" if ext else "internal"
    if is_ours(r["from"]):
        return "internal"
    return "inbound"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("maildir")
    ap.add_argument("--owner", action="append", required=True)
    ap.add_argument("--groups")
    ap.add_argument("--messages")
    ap.add_argument("--keys")
    a = ap.parse_args()
    owners = {o.lower() for o in a.owner}
    recs = read_maildir(a.maildir)
    groups = group_copies(recs)
    counts = defaultdict(int)
    keys = defaultdict(lambda: [0, 0, 0])
    msg_lines = []
    for i, g in enumerate(groups):
        r = g[0]
        d = direction(r, owners)
        counts[d] += 1
        if d == "inbound":
            k = key_of(r["from"])
            keys[k][0] += 1
            keys[k][2] += len(g)
            ks = [k]
        elif d == "outbound":
            ks = sorted({key_of(x) for x in r["to"] + r["cc"] if not is_ours(x) and x not in owners})
            for k in ks:
                keys[k][1] += 1
        else:
            ks = []
        msg_lines.append("\t".join([str(i), d, r["from"], ",".join(ks), r["date"], r["subject"],
                                    str(len(g)), r["path"]]))
    print(f"files\t{len(recs)}")
    print(f"distinct\t{len(groups)}")
    for d in ("inbound", "outbound", "internal", "other"):
        print(f"{d}\t{counts[d]}")
    if a.groups:
        with open(a.groups, "w") as f:
            for g in groups:
                f.write("\t".join(r["path"] for r in g) + "\n")
    if a.messages:
        with open(a.messages, "w") as f:
            f.write("\n".join(msg_lines) + "\n")
    if a.keys:
        with open(a.keys, "w") as f:
            f.write("key\tdistinct_in\tdistinct_out\tfiles_in\n")
            for k in sorted(keys):
                f.write(f"{k}\t{keys[k][0]}\t{keys[k][1]}\t{keys[k][2]}\n")


if __name__ == "__main__":
    main()
