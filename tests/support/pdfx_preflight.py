#!/usr/bin/env python3
"""PDF/X-1a:2001 preflight of one PDF from qpdf's JSON: prints "RULE pass|fail DETAIL" per rule."""
import base64
import json
import re
import subprocess
import sys

# Output conditions registered with the ICC (www.color.org) that kitpress may name.
REGISTERED = {"CGATS TR 001", "FOGRA39", "FOGRA51", "FOGRA52", "GRACoL2006_Coated1v2",
              "SWOP2006_Coated3v2", "SWOP2006_Coated5v2", "JC200103", "Japan Color 2001 Coated"}


def load(pdf):
    out = subprocess.run(["qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline",
                          "--decode-level=generalized", pdf], check=True, capture_output=True).stdout
    header, objects = json.loads(out)["qpdf"]
    return header, objects


def main(pdf):
    header, objects = load(pdf)
    values = {k[4:]: v for k, v in objects.items() if k.startswith("obj:")}
    trailer = objects["trailer"]["value"]

    def get(ref):
        """An object's value, following an indirect reference."""
        while isinstance(ref, str) and ref.endswith(" R"):
            o = values.get(ref, {})
            ref = o.get("value", o.get("stream", {}).get("dict"))
        return ref

    def text(v):
        v = get(v)
        if isinstance(v, str) and v[:2] in ("u:", "b:"):
            return v[2:] if v[0] == "u" else bytes.fromhex(v[2:]).decode("latin-1")
        return v

    results = []

    def rule(name, ok, detail=""):
        results.append((name, ok, detail))

    info = get(trailer.get("/Info")) or {}
    catalog = get(trailer.get("/Root")) or {}
    rule("pdf-version", header["pdfversion"] in ("1.3",), "header %PDF-" + header["pdfversion"])
    rule("gts-pdfx-version", text(info.get("/GTS_PDFXVersion")) == "PDF/X-1:2001",
         str(text(info.get("/GTS_PDFXVersion"))))
    rule("gts-pdfx-conformance", text(info.get("/GTS_PDFXConformance")) == "PDF/X-1a:2001",
         str(text(info.get("/GTS_PDFXConformance"))))
    rule("trapped", info.get("/Trapped") in ("/True", "/False"), str(info.get("/Trapped")))
    date = re.compile(r"^D:\d{14}")
    rule("info-dates", all(date.match(str(text(info.get(k)) or "")) for k in
                           ("/CreationDate", "/ModDate")),
         "%s %s" % (text(info.get("/CreationDate")), text(info.get("/ModDate"))))
    rule("info-title", bool(text(info.get("/Title"))), "")

    intents = [get(i) for i in (get(catalog.get("/OutputIntents")) or [])]
    pdfx = [i for i in intents if i.get("/S") == "/GTS_PDFX"]
    ident = text(pdfx[0].get("/OutputConditionIdentifier")) if len(pdfx) == 1 else None
    registered = ident in REGISTERED and bool(text(pdfx[0].get("/RegistryName")))
    rule("output-intent", len(pdfx) == 1 and (registered or "/DestOutputProfile" in pdfx[0]),
         "%d GTS_PDFX intent(s), condition %r" % (len(pdfx), ident))

    pages = [get(p) for p in get(get(catalog["/Pages"])["/Kids"])]
    no_trim = [n + 1 for n, p in enumerate(pages) if "/TrimBox" not in p]
    rule("trim-box", not no_trim and len(pages) > 0, "pages without TrimBox: %s" % no_trim)

    def inside(inner, outer, eps=1e-3):
        a, b = [float(x) for x in get(inner)], [float(x) for x in get(outer)]
        return (a[0] >= b[0] - eps and a[1] >= b[1] - eps and a[2] <= b[2] + eps and
                a[3] <= b[3] + eps)

    bad = [n + 1 for n, p in enumerate(pages)
           if not inside(p.get("/BleedBox", p["/MediaBox"]), p["/MediaBox"]) or
           not inside(p["/TrimBox"] if "/TrimBox" in p else p["/MediaBox"],
                      p.get("/BleedBox", p["/MediaBox"]))]
    rule("boxes-nested", not bad, "pages with Trim outside Bleed or Bleed outside Media: %s" % bad)

    # Every object: fonts, colour spaces, transparency; every stream: content operators.
    unembedded, rgb, transparency = [], [], []
    for key, obj in values.items():
        d = obj.get("value")
        stream = obj.get("stream")
        if stream is not None:
            d = stream.get("dict")
            data = base64.b64decode(stream.get("data", "")) if "data" in stream else b""
            is_content = not d.get("/Subtype") and not d.get("/Type") and not (
                set(d) & {"/Length1", "/N", "/CMapName"})
            if is_content and re.search(rb"(^|\s)(rg|RG|sc|SC|scn|SCN)(\s|$)", data):
                rgb.append(key + " (content)")
        if not isinstance(d, dict):
            continue
        flat = json.dumps(d)
        if "/DeviceRGB" in flat or "/CalRGB" in flat:
            rgb.append(key)
        if d.get("/Type") == "/FontDescriptor" and not any(
                k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            unembedded.append(text(d.get("/FontName")))
        if d.get("/Type") == "/Font" and d.get("/Subtype") in ("/Type1", "/TrueType", "/MMType1") \
                and "/FontDescriptor" not in d:
            unembedded.append(text(d.get("/BaseFont")))
        group = get(d.get("/Group")) if "/Group" in d else None
        if isinstance(group, dict) and group.get("/S") == "/Transparency":
            transparency.append(key + " group")
        if d.get("/SMask") not in (None, "/None"):
            transparency.append(key + " SMask")
        for k in ("/CA", "/ca"):
            if k in d and float(d[k]) != 1:
                transparency.append(key + " " + k)
        if d.get("/BM") not in (None, "/Normal", "/Compatible"):
            transparency.append(key + " BM")
    rule("fonts-embedded", not unembedded, "not embedded: %s" % unembedded)
    rule("no-rgb", not rgb, "RGB in: %s" % rgb[:5])
    rule("no-transparency", not transparency, "transparency in: %s" % transparency[:5])
    ids = trailer.get("/ID")
    rule("trailer-id", isinstance(ids, list) and len(ids) == 2 and all(ids), str(ids))
    rule("no-encryption", "/Encrypt" not in trailer, "")

    for name, ok, detail in results:
        print("%s %s %s" % (name, "pass" if ok else "fail", detail))


if __name__ == "__main__":
    main(sys.argv[1])
