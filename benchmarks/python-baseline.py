#!/usr/bin/env python3
"""The Python side of benchmarks/cold-start.sh: a whole Python process doing the command line's work.

    python3 benchmarks/python-baseline.py BASE_URL [PAGES (default 200)] [VMID (default 293793435)]

R1 (GET /x/relation/followers?vmid=&ps=50&pn=) page by page over one keep-alive connection
(http.client), each answer decoded with json, every entry of data.list written to stdout as one
JSON line; stops at PAGES pages, at an empty page, or fails (exit 1) on a non-zero code. The cookie
is BILI_COOKIE, as the biliflux command reads it.

Only the standard library: the strictest stand-in for a Python client. A real one (bilibili-api on
aiohttp, the client of issue 15) imports aiohttp, asyncio and its own modules on top of this, so it
can only be slower than this process; beating this beats it.
"""
import http.client
import json
import os
import sys
import urllib.parse


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    base = urllib.parse.urlsplit(argv[1])
    pages = int(argv[2]) if len(argv) > 2 else 200
    vmid = int(argv[3]) if len(argv) > 3 else 293793435
    if base.scheme == "https":
        conn = http.client.HTTPSConnection(base.hostname, base.port or 443, timeout=15)
    else:
        conn = http.client.HTTPConnection(base.hostname, base.port or 80, timeout=15)
    headers = {"Cookie": os.environ.get("BILI_COOKIE", ""), "User-Agent": "python-baseline",
               "Accept": "application/json"}
    out = sys.stdout
    for pn in range(1, pages + 1):
        query = urllib.parse.urlencode({"vmid": vmid, "ps": 50, "pn": pn})
        conn.request("GET", "/x/relation/followers?" + query, headers=headers)
        res = conn.getresponse()
        body = json.loads(res.read())
        if res.status != 200 or body.get("code") != 0:
            print("page %d: HTTP %d, code %s" % (pn, res.status, body.get("code")), file=sys.stderr)
            return 1
        entries = (body.get("data") or {}).get("list") or []
        if not entries:
            break
        out.write("".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in entries))
    out.flush()
    conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
