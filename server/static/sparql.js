// The query page of /sparql: runs the query with fetch, shows the answer as a table, offers downloads.
// No library and no network access beyond this server, so it works offline.
"use strict";

(function () {
  const form = document.getElementById("sparql-form");
  const query = document.getElementById("query");
  const format = document.getElementById("format");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const downloads = document.getElementById("downloads");
  const examples = Array.from(document.querySelectorAll("template.example-query"), (t) => t.content.textContent);
  const base = results.dataset.base; // IRIs minted here dereference on this server

  document.getElementById("example").addEventListener("change", (event) => {
    query.value = examples[Number(event.target.value)];
  });
  const copy = document.getElementById("copy-endpoint");
  if (navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", () => navigator.clipboard.writeText(document.getElementById("endpoint-url").textContent));
  }
  query.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  form.addEventListener("submit", (event) => {
    if (format.value) return; // a chosen format: let the browser open the answer itself
    event.preventDefault();
    run(query.value);
  });

  function setStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? "error" : "";
  }

  async function run(text) {
    setStatus("Running…", false);
    results.replaceChildren();
    downloads.hidden = true;
    const started = performance.now();
    let response;
    try {
      response = await fetch("/sparql", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded",
                   "Accept": "application/sparql-results+json, application/n-triples;q=0.9" },
        body: new URLSearchParams({ query: text }),
      });
    } catch (err) {
      setStatus("The server did not answer: " + err, true);
      return;
    }
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) {
      const problem = type.includes("json") ? await response.json() : { title: response.statusText, detail: await response.text() };
      setStatus(`${response.status} ${problem.title}: ${problem.detail || ""}`, true);
      return;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const limited = response.headers.get("X-SPARQL-MaxRows");
    let count;
    if (type.startsWith("application/sparql-results+json")) {
      const data = await response.json();
      if ("boolean" in data) {
        results.textContent = data.boolean ? "true" : "false";
        count = "a yes/no answer";
      } else {
        results.append(table(data.head.vars, data.results.bindings.map((b) => data.head.vars.map((v) => b[v]))));
        const n = data.results.bindings.length;
        count = `${n} row${n === 1 ? "" : "s"}`;
      }
      showDownloads(text, "solutions");
    } else {
      const triples = parseNTriples(await response.text());
      results.append(table(["subject", "predicate", "object"], triples));
      count = `${triples.length} triples`;
      showDownloads(text, "graph");
    }
    setStatus(`${count} in ${seconds} s` + (limited ? ` (at most ${limited} rows are returned)` : ""), false);
  }

  function showDownloads(text, kind) {
    for (const link of downloads.querySelectorAll("a")) {
      link.hidden = link.dataset.kinds !== kind;
      link.href = "/sparql?" + new URLSearchParams({ query: text, format: link.dataset.suffix });
    }
    downloads.hidden = false;
  }

  function table(names, rows) {
    const element = document.createElement("table");
    const head = element.createTHead().insertRow();
    for (const name of names) {
      const th = document.createElement("th");
      th.textContent = name;
      head.append(th);
    }
    const body = element.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const term of row) tr.insertCell().append(render(term));
    }
    return element;
  }

  function render(term) {
    const fragment = document.createDocumentFragment();
    if (!term) return fragment;
    if (term.type === "uri") {
      const link = document.createElement("a");
      link.href = term.value.startsWith(base) ? "/" + term.value.slice(base.length) : term.value;
      link.textContent = term.value;
      fragment.append(link);
    } else if (term.type === "bnode") {
      fragment.append("_:" + term.value);
    } else {
      fragment.append(term.value);
      const meta = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype ? "^^" + term.datatype.replace(/^.*[#/]/, "xsd:") : "";
      if (meta) {
        const span = document.createElement("span");
        span.className = "literal-meta";
        span.textContent = " " + meta;
        fragment.append(span);
      }
    }
    return fragment;
  }

  // Enough of N-Triples for display: IRIs, blank nodes and literals with their escapes.
  const TERM = /<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([\w-]+)|\^\^<([^>]*)>)?/g;
  function parseNTriples(text) {
    const rows = [];
    for (const line of text.split("\n")) {
      const terms = [];
      for (const m of line.matchAll(TERM)) {
        if (m[1] !== undefined) terms.push({ type: "uri", value: m[1] });
        else if (m[2] !== undefined) terms.push({ type: "bnode", value: m[2] });
        else terms.push({ type: "literal", value: JSON.parse('"' + m[3] + '"'), "xml:lang": m[4], datatype: m[5] });
      }
      if (terms.length === 3) rows.push(terms);
    }
    return rows;
  }
})();
