"""``--format html``: one self-contained page to work through the report in a browser.

The page has filters (severity, category, check, document), the documents worst first, the
findings that share a fix grouped ("'Openai' → 'OpenAI', 14 places in 3 documents", each group
expanding to its places), then each document's text with every finding highlighted in place
(hover for the message; the numbered list below links to each) and, when the document has a
source, its sentence alignment side by side in a collapsible block.

One file, no external resource and no server: the filters are a short inline script that only
shows and hides elements by their ``data-`` attributes, so corpus text never enters the script
and every piece of it is HTML-escaped. Without JavaScript every finding is shown. Printed, the
filters disappear and every collapsed block opens.
"""

from __future__ import annotations

from html import escape
from typing import TextIO

from mtcheck.model import Document, Finding, Severity
from mtcheck.pipeline import Report
from mtcheck.report.locations import file_place
from mtcheck.report.text import plural, source_shown, why
from mtcheck.signature import signature

_CSS = """
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
header{background:#1d2430;color:#fff;padding:18px 32px}header h1{margin:0 0 4px;font-size:22px}
header p{margin:2px 0;color:#c8d0dc}main{padding:16px 32px;max-width:1100px}
section{background:#fff;border:1px solid #dde2ea;border-radius:8px;padding:14px 20px;margin:16px 0}
h2{font-size:18px;margin:4px 0 10px}table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e7eaf0}th{color:#5a6577;font-weight:600}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.text p{margin:0 0 10px}
mark{padding:1px 0;border-radius:2px;cursor:help}
mark.error{background:#ffd6d6;border-bottom:2px solid #d12f2f}
mark.warning{background:#fff0c2;border-bottom:2px solid #c98a00}
mark.info{background:#dcefff;border-bottom:2px solid #2f7fd1}
sup.ref{font-size:11px;color:#5a6577;margin-left:1px}
.badge{display:inline-block;min-width:18px;padding:0 6px;border-radius:9px;font-size:12px;color:#fff;text-align:center}
.badge.error{background:#d12f2f}.badge.warning{background:#c98a00}.badge.info{background:#2f7fd1}
ol.findings{padding-left:22px;font-size:14px}ol.findings li{margin:6px 0}
code{background:#eef1f5;padding:1px 4px;border-radius:3px;font-size:13px}
.fix{color:#1c7c3a}.muted{color:#6b7688;font-size:13px}
nav.filters{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #dde2ea;padding:8px 32px;
display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;font-size:14px}
nav.filters label{white-space:nowrap}nav.filters select{font:inherit;max-width:260px}
[hidden]{display:none!important}mark.off{background:none;border-bottom:0}
details.group{border-bottom:1px solid #e7eaf0;padding:5px 0}details.group summary{cursor:pointer}
details.group ul{margin:4px 0 4px 18px;font-size:14px}
@media print{nav.filters{display:none}body{background:#fff}section{break-inside:avoid-page;border:0}
header{background:#fff;color:#000}header p{color:#333}a{color:inherit;text-decoration:none}}
details.align summary{cursor:pointer;color:#5a6577;font-size:14px;margin-top:10px}
table.align td{vertical-align:top;width:45%}table.align td.n{width:auto;color:#6b7688}
table.align tr.gap td{background:#fff6e0}
"""


def write(report: Report, stream: TextIO) -> None:
    """Write the HTML page."""
    corpus = report.corpus
    findings = report.findings()
    counts = {s: sum(f.severity is s for f in findings) for s in Severity}
    bt = corpus.backtranslation
    bt_skip = corpus.skip_reason("backtranslation")
    out = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>mtcheck report: {len(findings)} findings</title><style>{_CSS}</style></head><body>",
        "<header><h1>mtcheck report</h1>",
        f"<p>{len(corpus.documents)} documents, {sum(len(d.target_segments or ()) for d in corpus.documents)} "
        f"sentences, {report.config.source_lang}→{report.config.target_lang} · "
        + " · ".join(f"<span class='badge {s.value}'>{n}</span> {s.value}" for s, n in counts.items())
        + "</p>",
        f"<p>Back-translation: {escape(bt['model']) if bt else 'skipped — ' + escape(bt_skip or 'not run')}</p>",
        "</header>",
        _filters(report),
        "<main>",
        _summary_tables(report),
        _fix_groups(report),
        _entities(report),
        _problems(report),
    ]
    out += [_document(doc, i) for i, doc in enumerate(corpus.documents)]
    out.append(f"<p class='muted'>signature: <code>{escape(signature(report))}</code></p></main>")
    out.append(f"<script>{_SCRIPT}</script></body></html>\n")
    stream.write("\n".join(out))


_SCRIPT = """
(function(){
  const nav=document.querySelector('nav.filters'); if(!nav) return;
  const sev=[...nav.querySelectorAll('input[data-filter=severity]')];
  const pick=name=>nav.querySelector('select[data-filter='+name+']');
  const shown=el=>sev.some(c=>c.checked&&c.value===el.dataset.severity)
    &&['category','code','doc'].every(k=>!pick(k).value||pick(k).value===el.dataset[k]);
  function apply(){
    let n=0;
    document.querySelectorAll('li[data-severity]').forEach(el=>{
      const on=shown(el);el.hidden=!on;if(on&&el.closest('ol.findings'))n++;});
    document.querySelectorAll('mark[data-severity]').forEach(el=>el.classList.toggle('off',!shown(el)));
    const count=(k,noun)=>k+' '+noun+(k===1?'':'s');
    document.querySelectorAll('details.group').forEach(g=>{
      const on=[...g.querySelectorAll('li[data-severity]:not([hidden])')];g.hidden=!on.length;
      g.querySelector('.places').textContent=count(on.length,'place');
      g.querySelector('.docs').textContent=count(new Set(on.map(e=>e.dataset.doc)).size,'document');});
    document.querySelectorAll('section.doc').forEach(d=>{d.hidden=!!pick('doc').value&&pick('doc').value!==d.dataset.doc;});
    document.querySelectorAll('tr[data-doc]').forEach(r=>{r.hidden=!!pick('doc').value&&pick('doc').value!==r.dataset.doc;});
    nav.querySelector('.count').textContent=n;
  }
  nav.addEventListener('change',apply);
  window.addEventListener('beforeprint',()=>document.querySelectorAll('details').forEach(d=>d.open=true));
  apply();
})();
"""
"""Shows and hides elements by their data-severity, data-category, data-code and data-doc
attributes; reads no corpus text."""


def _data(f: Finding, doc_index: int) -> str:
    """The attributes the filters read, all of them check metadata or an index, never corpus text."""
    return (f" data-severity='{f.severity.value}' data-category='{escape(f.category, quote=True)}'"
            f" data-code='{f.code}' data-doc='{doc_index}'")


def _filters(report: Report) -> str:
    """The filter bar: a box per severity, a list each of categories, checks and documents."""
    findings = report.findings()
    boxes = "".join(
        f"<label><input type='checkbox' data-filter='severity' value='{s.value}' checked> "
        f"<span class='badge {s.value}'>{sum(f.severity is s for f in findings)}</span> {s.value}</label>"
        for s in Severity
    )

    def select(name: str, label: str, options: list[tuple[str, str]]) -> str:
        items = "".join(f"<option value='{escape(v, quote=True)}'>{escape(t)}</option>" for v, t in options)
        return f"<label>{label} <select data-filter='{name}'><option value=''>all</option>{items}</select></label>"

    categories = sorted({f.category for f in findings})
    codes = sorted({(f.code, f.name) for f in findings})
    docs = [(str(i), d.id) for i, d in enumerate(report.corpus.documents) if d.findings]
    return (
        f"<nav class='filters' aria-label='filters'>{boxes}"
        + select("category", "category", [(c, c) for c in categories])
        + select("code", "check", [(c, f"{c} {n}") for c, n in codes])
        + select("doc", "document", docs)
        + f"<span class='muted'>showing <span class='count'>{len(findings)}</span> of {len(findings)} findings</span></nav>"
    )


def _fix_groups(report: Report) -> str:
    """Findings that share a fix (same check, same text, same fix), biggest groups first, each
    expandable to its places."""
    groups: dict[tuple[str, str, str], list[tuple[int, int, Document, Finding]]] = {}
    for i, doc in enumerate(report.corpus.documents):
        for k, f in enumerate(doc.findings or ()):
            if f.fix is not None:
                groups.setdefault((f.code, f.text, f.fix.title), []).append((i, k, doc, f))
    items = []
    for (code, _text, title), places in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        first = places[0][3]
        docs = len({i for i, *_ in places})
        change = f"'{escape(first.text)}' → '{escape(first.suggestion)}'" if first.suggestion else escape(title)
        listing = "".join(
            f"<li{_data(f, i)}><a href='#d{i}f{k}'>{escape(doc.id)}, line {file_place(doc, f.start, f.end)[0]}</a></li>"
            for i, k, doc, f in places
        )
        safe = " <span class='muted'>(certain: <code>mtcheck fix</code> applies it)</span>" if first.certain else ""
        items.append(
            f"<details class='group'><summary><span class='badge {first.severity.value}'>{first.severity.value}</span> "
            f"<code>{code}</code> {change}: <span class='places'>{plural(len(places), 'place')}</span> in "
            f"<span class='docs'>{plural(docs, 'document')}</span>{safe}</summary><ul>{listing}</ul></details>"
        )
    return f"<section><h2>Fixes</h2>{''.join(items)}</section>" if items else ""


def _summary_tables(report: Report) -> str:
    rows = []
    for i, doc in _worst_first(report.corpus.documents):
        fs = doc.findings or []
        cells = "".join(f"<td class='n'>{sum(f.severity is s for f in fs) or ''}</td>" for s in Severity)
        chrf = (doc.scores or {}).get("chrf")
        rows.append(
            f"<tr data-doc='{i}'><td><a href='#doc{i}'>{escape(doc.id)}</a></td>"
            f"<td class='n'>{len(doc.target_segments or ())}</td>"
            f"{cells}<td class='n'>{'' if chrf is None else f'{chrf:.1f}'}</td></tr>"
        )
    by_cat: dict[str, list[Finding]] = {}
    for f in report.findings():
        by_cat.setdefault(f.category, []).append(f)
    cat_rows = [
        f"<tr><td>{escape(cat)}</td><td>{escape(', '.join(sorted({f.code for f in fs})))}</td><td class='n'>{len(fs)}</td></tr>"
        for cat, fs in sorted(by_cat.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    head = "".join(f"<th>{s.value}</th>" for s in Severity)
    return (
        "<section><h2>Documents, worst first</h2><table><tr><th>document</th><th>sentences</th>"
        f"{head}<th>chrF</th></tr>{''.join(rows)}</table></section>"
        "<section><h2>Categories</h2><table><tr><th>category</th><th>checks</th><th>findings</th></tr>"
        f"{''.join(cat_rows) or '<tr><td colspan=3>no findings</td></tr>'}</table></section>"
    )


def _worst_first(documents: list[Document]) -> list[tuple[int, Document]]:
    """Documents with their index, most errors first, then most warnings, then most info."""
    def badness(item: tuple[int, Document]) -> tuple[int, ...]:
        fs = item[1].findings or []
        return (*(-sum(f.severity is s for f in fs) for s in Severity), item[0])

    return sorted(enumerate(documents), key=badness)


def _entities(report: Report) -> str:
    entities = report.corpus.entities.to_json() if report.corpus.entities is not None else []
    if not entities:
        return ""
    rows = []
    for e in entities:
        forms = ", ".join(
            (f"<strong>{escape(form)}</strong>" if form == e["canonical"] else f"<mark class='error'>{escape(form)}</mark>")
            + f" ×{n}"
            for form, n in e["variants"].items()
        )
        titles = ", ".join(f"{escape(t)} ×{n}" for t, n in e.get("roles", {}).items())
        if e.get("gender"):
            titles += f" <span class='muted'>({e['gender']})</span>"
        rows.append(
            f"<tr><td>{escape(e['canonical'])}</td><td>{forms}</td><td>{titles}</td><td class='n'>{len(e['documents'])}</td>"
            f"<td class='muted'>{escape(e['origin'])}</td></tr>"
        )
    return (
        "<section><h2>Names</h2><table><tr><th>canonical</th><th>forms seen</th><th>titles</th><th>documents</th>"
        "<th>canonical from</th></tr>"
        f"{''.join(rows)}</table></section>"
    )


def _problems(report: Report) -> str:
    corpus = report.corpus
    if not corpus.problems and not corpus.skipped:
        return ""
    items = [f"<li><strong>error</strong> {escape(str(p))}</li>" for p in corpus.problems]
    items += [f"<li>skipped {escape(s.what)}: {escape(s.reason)}</li>" for s in corpus.skipped]
    return f"<section><h2>Inputs</h2><ul>{''.join(items)}</ul></section>"


def _document(doc: Document, i: int) -> str:
    findings = doc.findings or []
    listing = "".join(_finding_item(doc, f, i, k) for k, f in enumerate(findings))
    return (
        f"<section class='doc' id='doc{i}' data-doc='{i}'><h2>{escape(doc.id)}</h2>"
        f"<div class='text'>{_highlighted(doc, i)}</div>"
        + (f"<ol class='findings'>{listing}</ol>" if listing else "<p class='muted'>No findings.</p>")
        + _alignment(doc)
        + "</section>"
    )


def _alignment(doc: Document) -> str:
    """Source and target sentences side by side, one row per bead; empty when there is no source."""
    if not doc.beads or doc.source_segments is None or doc.target_segments is None:
        return ""
    rows = []
    for b in doc.beads:
        src = " ".join(doc.source_segments[k].text for k in b.source)
        tgt = " ".join(doc.target_segments[k].text for k in b.target)
        kind = f"{len(b.source)}-{len(b.target)}"
        gap = " class='gap'" if not b.source or not b.target else ""
        rows.append(f"<tr{gap}><td class='n'>{kind}</td><td>{escape(src)}</td><td>{escape(tgt)}</td>"
                    f"<td class='n'>{b.score:.2f}</td></tr>")
    gaps = sum(1 for b in doc.beads if not b.source or not b.target)
    return (
        f"<details class='align'{' open' if gaps else ''}><summary>Sentence alignment: {len(doc.beads)} beads, "
        f"{gaps} without a counterpart</summary><table class='align'><tr><th>bead</th><th>source</th>"
        f"<th>translation</th><th>score</th></tr>{''.join(rows)}</table></details>"
    )


def _finding_item(doc: Document, f: Finding, i: int, k: int) -> str:
    where = f"[{f.name}, line {file_place(doc, f.start, f.end)[0]}]"
    action = f"<span class='fix'>fix: {escape(f.fix.title)}</span>" if f.fix else f"<span class='muted'>{escape(f.help)}</span>"
    if (because := why(f)) is not None:
        action = f"<span class='muted'>why: {escape(because)}</span><br>{action}"
    if (source := source_shown(f)) is not None:
        action = f"<span class='muted'>source: {escape(source)}</span><br>{action}"
    return (
        f"<li id='d{i}f{k}'{_data(f, i)}><span class='badge {f.severity.value}'>{f.severity.value}</span> "
        f"<code>{f.code}</code> {escape(f.message)} <span class='muted'>{where}</span><br>{action}</li>"
    )


def _highlighted(doc: Document, i: int) -> str:
    """The target text as paragraphs, each finding's span wrapped in <mark>."""
    text, findings = doc.target, doc.findings or []
    cuts = sorted({0, len(text), *(f.start for f in findings), *(f.end for f in findings)})
    starts = {}
    for k, f in enumerate(findings):
        starts.setdefault(f.start, []).append(k)
    html: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [k for k, f in enumerate(findings) if f.start <= a < f.end or (f.start == f.end == a)]
        piece = escape(text[a:b]).replace("\n\n", "</p><p>").replace("\n", "<br>")
        refs = "".join(f"<sup class='ref'><a href='#d{i}f{k}'>{k + 1}</a></sup>" for k in starts.get(a, []))
        if covering:
            worst = max((findings[k].severity for k in covering), key=lambda s: s.rank)
            title = escape(" · ".join(f"{findings[k].code} {findings[k].message}" for k in covering), quote=True)
            html.append(f"{refs}<mark class='{worst.value}'{_data(findings[covering[0]], i)} title=\"{title}\">{piece}</mark>")
        else:
            html.append(refs + piece)
    return "<p>" + "".join(html) + "</p>"
