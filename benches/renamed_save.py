#!/usr/bin/env python3
"""renamed_save.py STYRDOK SITE: times five title edits saved as `sed -i` and vim save (a new file
renamed over the old), 3 s apart; ms until its page and the home page show it."""
import os, re, socket, subprocess, sys, time, urllib.request, statistics
bin_, site = sys.argv[1], sys.argv[2]
def fetch(u):
    try:
        with urllib.request.urlopen(u, timeout=5) as r: return r.read().decode()
    except OSError: return ""
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
srv = subprocess.Popen([bin_, "serve", "--root", site, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    while not fetch(f"http://127.0.0.1:{port}/"): time.sleep(0.2)
    time.sleep(5)
    folder = os.path.join(site, "content", "strategi")
    name = sorted(f for f in os.listdir(folder) if f.count(".") == 1)[0]
    path = os.path.join(folder, name)
    url, home = f"http://127.0.0.1:{port}/strategi/{name[:-3]}/", f"http://127.0.0.1:{port}/"
    original = open(path).read()
    title = re.search(r'^titel: "?([^"\n]*)"?$', original, re.M)
    pages, homes = [], []
    for i in range(5):
        marker = f"Sedmark{i}x{time.time_ns()}"
        new = original.replace(title.group(0), f'titel: "{title.group(1)} {marker}"', 1)
        tmp = os.path.join(folder, f"sed{i}XyZ")
        start = time.perf_counter()
        with open(tmp, "w") as f: f.write(new)
        os.rename(tmp, path)
        for u, out in ((url, pages), (home, homes)):
            while marker not in fetch(u): time.sleep(0.002)
            out.append((time.perf_counter() - start) * 1000)
        time.sleep(3)
    with open(path, "w") as f: f.write(original)
    print(f"{bin_}: page {statistics.median(pages):.0f} ms {[round(p) for p in pages]}, home {statistics.median(homes):.0f} ms {[round(h) for h in homes]}")
finally:
    srv.terminate(); srv.wait()
