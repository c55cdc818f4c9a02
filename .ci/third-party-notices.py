#!/usr/bin/env python3
"""Writes THIRD-PARTY-NOTICES.txt: every jar the fat jar bundles, with its licence.

The list is Maven's own (`mvn dependency:list`, runtime scope: what the shade plugin puts in
target/rowboat.jar). For each jar it reads the licence its POM declares (or a parent POM's), the
licence and NOTICE files the jar itself carries, and appends the full text of every licence the
jars are distributed under. Run it after changing a dependency, from the project folder:

    python3 .ci/third-party-notices.py            # runs Maven (add -o to run it offline)
    python3 .ci/third-party-notices.py --list target/runtime-dependencies.txt

ThirdPartyNoticesTest fails while a bundled jar is missing from the file. The output holds no
date or path, so the same dependencies give the same file.
"""
import argparse
import hashlib
import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "THIRD-PARTY-NOTICES.txt"
COMMON_LICENSES = Path("/usr/share/common-licenses")

# Licence names and addresses as POMs write them, to one identifier each (first match wins).
KNOWN = [
    (r"classpath|gpl.?v?2.?\+.?ce|cpe|gplv2\+ce", "GPL-2.0-with-classpath-exception"),
    (r"lesser|lgpl|library general", "LGPL-2.1"),
    (r"eclipse distribution|edl", "BSD-3-Clause"),
    (r"eclipse public license.*(2\.0|v2)|epl-?2|epl-v20", "EPL-2.0"),
    (r"eclipse public license|epl", "EPL-1.0"),
    (r"mozilla|mpl", "MPL-2.0"),
    (r"apache", "Apache-2.0"),
    (r"\bmit\b", "MIT"),
    (r"bsd.?2|2.?clause|simplified bsd|postgresql", "BSD-2-Clause"),
    (r"bsd.?3|3.?clause|new bsd|revised bsd|bsd license|\bbsd\b", "BSD-3-Clause"),
    (r"public domain|cc0", "Public-Domain"),
]
# Where a jar offers a choice, the licence Rowboat takes it under (the first of these it offers).
PREFERENCE = ["Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause", "MPL-2.0", "EPL-2.0", "LGPL-2.1",
              "EPL-1.0", "GPL-2.0-with-classpath-exception", "Public-Domain"]
TITLES = {
    "Apache-2.0": "Apache License 2.0",
    "LGPL-2.1": "GNU Lesser General Public License 2.1",
    "GPL-2.0-with-classpath-exception": "GNU General Public License 2.0 with the Classpath Exception",
    "MPL-2.0": "Mozilla Public License 2.0",
    "EPL-1.0": "Eclipse Public License 1.0",
    "EPL-2.0": "Eclipse Public License 2.0",
    "BSD-2-Clause": "BSD 2-Clause License",
    "BSD-3-Clause": "BSD 3-Clause License",
    "MIT": "MIT License",
    "Public-Domain": "Public domain",
}
STANDARD_TEXTS = {"Apache-2.0": "Apache-2.0", "LGPL-2.1": "LGPL-2.1", "MPL-2.0": "MPL-2.0",
                  "GPL-2.0-with-classpath-exception": "GPL-2"}
CLASSPATH_EXCEPTION = """\
"CLASSPATH" EXCEPTION TO THE GPL

Certain source files distributed by Oracle America and/or its affiliates are subject to the
following clarification and special exception to the GPL, but only where Oracle has expressly
included in the particular source file's header the words "Oracle designates this particular
file as subject to the "Classpath" exception as provided by Oracle in the LICENSE file that
accompanied this code."

    Linking this library statically or dynamically with other modules is making a combined work
    based on this library.  Thus, the terms and conditions of the GNU General Public License
    cover the whole combination.

    As a special exception, the copyright holders of this library give you permission to link
    this library with independent modules to produce an executable, regardless of the license
    terms of these independent modules, and to copy and distribute the resulting executable
    under terms of your choice, provided that you also meet, for each linked independent module,
    the terms and conditions of the license of that module.  An independent module is a module
    which is not derived from or based on this library.  If you modify this library, you may
    extend this exception to your version of the library, but you are not obligated to do so.
    If you do not wish to do so, delete this exception statement from your version.
"""
CARRIED = re.compile(r"^(META-INF/)?([^/]*/)?(LICEN[CS]E|NOTICE|COPYING|about\.html)[^/]*$", re.IGNORECASE)
LINE = re.compile(r"^\s*([\w.\-]+):([\w.\-]+):([\w.\-]+):(?:([\w.\-]+):)?([\w.\-]+):(compile|runtime)\b")


def dependency_list(args):
    if args.list:
        return Path(args.list).read_text(encoding="utf-8")
    out = ROOT / "target" / "third-party-dependencies.txt"
    command = ["mvn", "-q", "-B", "dependency:list", "-DincludeScope=runtime", "-Dsort=true",
               "-DoutputFile=" + str(out)] + (["-o"] if args.offline else [])
    subprocess.run(command, cwd=ROOT, check=True)
    return out.read_text(encoding="utf-8")


def local(tag):
    return tag.rsplit("}", 1)[-1]


def child(element, name):
    for c in element:
        if local(c.tag) == name:
            return c
    return None


def text(element, name):
    c = child(element, name) if element is not None else None
    return (c.text or "").strip() if c is not None and c.text else ""


class Poms:
    def __init__(self, repo):
        self.repo = repo

    def path(self, group, artifact, version):
        return self.repo / group.replace(".", "/") / artifact / version / f"{artifact}-{version}.pom"

    def read(self, group, artifact, version):
        path = self.path(group, artifact, version)
        return ET.parse(path).getroot() if path.exists() else None

    def chain(self, group, artifact, version):
        """The POM and its parents, nearest first."""
        poms = []
        coordinates = (group, artifact, version)
        while coordinates and len(poms) < 10:
            pom = self.read(*coordinates)
            if pom is None:
                break
            poms.append(pom)
            parent = child(pom, "parent")
            coordinates = (text(parent, "groupId"), text(parent, "artifactId"), text(parent, "version")) if parent is not None else None
        return poms


def licence_id(name, url):
    key = f"{name} {url}".lower()
    for pattern, ident in KNOWN:
        if re.search(pattern, key):
            return ident
    return name or url or "unknown"


def declared_licences(poms):
    for pom in poms:
        licences = child(pom, "licenses")
        if licences is not None and len(licences):
            return [(text(l, "name"), text(l, "url")) for l in licences]
    return []


def plain(value, poms):
    """A POM value, or '' where it is an unresolved ${...} expression."""
    if "${" in value:
        return ""
    return value


def first_value(poms, name):
    for pom in poms:
        value = plain(text(pom, name), poms)
        if value:
            return value
    return ""


def carried_files(jar):
    files = []
    if not jar.exists():
        return files
    with zipfile.ZipFile(jar) as z:
        for entry in sorted(z.namelist()):
            if not entry.endswith(("/", ".class")) and CARRIED.match(entry):
                content = z.read(entry).decode("utf-8", errors="replace").replace("\r\n", "\n").strip()
                if content:
                    files.append((entry, content))
    return files


def normalised(content):
    return re.sub(r"\s+", " ", content).strip()


def standard_text(ident):
    if ident not in STANDARD_TEXTS:
        return None
    path = COMMON_LICENSES / STANDARD_TEXTS[ident]
    if not path.exists():
        sys.exit(f"{path} is missing (Debian's base-files has it): it is the text of {ident}")
    content = path.read_text(encoding="utf-8").strip()
    if ident == "GPL-2.0-with-classpath-exception":
        content += "\n\n" + CLASSPATH_EXCEPTION.strip()
    return content


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", help="an existing `mvn dependency:list` output file, instead of running Maven")
    parser.add_argument("-o", "--offline", action="store_true", help="run Maven offline")
    parser.add_argument("--repo", default=os.environ.get("M2_REPO", str(Path.home() / ".m2" / "repository")))
    args = parser.parse_args()
    poms = Poms(Path(args.repo))

    artifacts = []
    for line in dependency_list(args).splitlines():
        m = LINE.match(line)
        if m:
            group, artifact, kind, classifier, version, _ = m.groups()
            if kind == "jar":
                artifacts.append((group, artifact, classifier or "", version))
    if not artifacts:
        sys.exit("No runtime dependency found in Maven's list")

    components = []
    used = set()
    texts = {}  # hash of a carried file -> (content, [jar names])
    for group, artifact, classifier, version in sorted(set(artifacts)):
        chain = poms.chain(group, artifact, version)
        licences = declared_licences(chain)
        if not licences:
            sys.exit(f"{group}:{artifact}:{version} declares no licence in its POM or its parents': add it to this script by hand")
        ids = [licence_id(n, u) for n, u in licences]
        chosen = next((p for p in PREFERENCE if p in ids), ids[0])
        used.add(chosen)
        jar_name = f"{artifact}-{version}" + (f"-{classifier}" if classifier else "") + ".jar"
        jar = Path(args.repo) / group.replace(".", "/") / artifact / version / jar_name
        carried = []
        for entry, content in carried_files(jar):
            digest = hashlib.sha256(normalised(content).encode()).hexdigest()[:12]
            texts.setdefault(digest, [content, []])[1].append(jar_name)
            carried.append(f"{entry} [{digest}]")
        name = first_value(chain[:1], "name") or artifact
        url = first_value(chain, "url")
        components.append((group, artifact, version, jar_name, name, url, licences, chosen, carried))

    standard = {ident: standard_text(ident) for ident in sorted(used)}
    standard_norm = {normalised(t): ident for ident, t in standard.items() if t}

    out = []
    out.append("Rowboat: third-party notices\n")
    out.append(textwrap.fill(
        "Rowboat (Apache License 2.0, see LICENSE) bundles the components below, unmodified, in "
        "target/rowboat.jar and in its installers; the installers also carry a Java runtime, whose "
        "notices are in the runtime's legal/ folder. Each component's source is published beside "
        "its jar on Maven Central (the -sources.jar) and at the project's address. A component under "
        "the LGPL may be replaced by another version of it: the application jar is an ordinary jar, "
        "and the installers keep each library as its own jar in lib/app/. This file is generated by "
        ".ci/third-party-notices.py from Maven's list of what is bundled.", 98) + "\n")
    out.append(f"{len(components)} components, by licence under which Rowboat distributes them:")
    for ident in sorted(used):
        count = sum(1 for c in components if c[7] == ident)
        out.append(f"  {TITLES.get(ident, ident)}: {count}")
    out.append("")
    out.append("=" * 98)
    out.append("COMPONENTS")
    out.append("=" * 98)
    for group, artifact, version, jar_name, name, url, licences, chosen, carried in components:
        out.append("")
        out.append(f"{name} {version}")
        out.append(f"  jar:      {jar_name} ({group}:{artifact}:{version})")
        if url:
            out.append(f"  project:  {url}")
        for n, u in licences:
            out.append(f"  licence:  {n or u}" + (f" <{u}>" if u and n else ""))
        if len(licences) > 1:
            out.append(f"  taken under: {TITLES.get(chosen, chosen)}")
        for c in carried:
            out.append(f"  carries:  {c}")

    out.append("")
    out.append("=" * 98)
    out.append("LICENCE AND NOTICE FILES THE JARS CARRY")
    out.append("=" * 98)
    for digest, (content, jars) in sorted(texts.items(), key=lambda item: item[1][1][0]):
        out.append("")
        out.append(f"--- [{digest}] carried by {', '.join(sorted(set(jars)))}")
        ident = standard_norm.get(normalised(content))
        if ident:
            out.append(f"(the full text of the {TITLES[ident]}, given at the end of this file)")
        else:
            out.append(content)

    out.append("")
    out.append("=" * 98)
    out.append("FULL TEXTS OF THE LICENCES")
    out.append("=" * 98)
    for ident, content in standard.items():
        out.append("")
        out.append(f"--- {TITLES.get(ident, ident)}")
        if content:
            out.append(content)
        else:
            carriers = [d for d, (c, _) in texts.items() if licence_id(c[:300], "") == ident]
            out.append("The jars under this licence carry its text; see "
                       + (", ".join(f"[{d}]" for d in sorted(carriers)) if carriers else "each component's project address") + " above.")
    OUT.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")
    print(f"Wrote {OUT.relative_to(ROOT)}: {len(components)} components, {len(texts)} carried files")


if __name__ == "__main__":
    main()
