// The search page: searches this language's Pagefind index (pagefind.js in
// the folder named by the form's data-index) and lists the results. The
// wording comes from the page, in the reader's language; the markup is
// ours: a live status that says how many documents were found, and a list
// of links with organisation and excerpt. Without this script the page
// shows the list of all documents instead.

const form = document.querySelector("form.search-form");
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const section = document.getElementById("search-results-section");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const noScript = document.getElementById("search-nojs");

// Results shown at a time.
const PAGE_SIZE = 10;

let pagefind = null;
let results = [];
let shown = 0;
let current = 0;

// The page's language key (`lattlast`), compared with the index's; its
// text's tag (`sv`) is the document's lang, for plural rules.
const lang = form?.dataset.lang ?? document.documentElement.lang;
const indexLang = form?.dataset.indexLang ?? lang;
const rules = new Intl.PluralRules(document.documentElement.lang);
const counts = JSON.parse(status?.dataset.counts ?? "{}");
const languages = JSON.parse(status?.dataset.onlyIn ?? "{}");

// "N documents found" in the plural form of n: the server wrote the
// sentence for sample counts; the one whose form matches n is used.
function countText(n) {
  const form = rules.select(n);
  const exact = counts[String(n)];
  if (exact !== undefined) return exact.replace("{n}", String(n));
  const sample = Object.keys(counts).find((s) => s !== "0" && rules.select(Number(s)) === form) ?? "100";
  return (counts[sample] ?? "{n}").replace("{n}", String(n));
}

function announce(text) {
  // Cleared first, so that the same text twice is announced twice.
  status.textContent = "";
  setTimeout(() => { status.textContent = text; }, 50);
}

async function load() {
  if (!pagefind) {
    const url = new URL("pagefind.js", new URL(form.dataset.index, location.href));
    pagefind = await import(url.href);
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
  }
  return pagefind;
}

// Pagefind's excerpt is text with <mark> around the words found and < >
// escaped; it is rebuilt as nodes, never parsed as HTML.
function excerptNodes(excerpt) {
  const nodes = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === "<mark>") { marked = true; continue; }
    if (part === "</mark>") { marked = false; continue; }
    if (!part) continue;
    const text = part.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
    if (marked) {
      const mark = document.createElement("mark");
      mark.textContent = text;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(text));
    }
  }
  return nodes;
}

function resultItem(data) {
  const li = document.createElement("li");
  li.className = "search-result";
  const heading = document.createElement("h3");
  const link = document.createElement("a");
  link.href = data.url;
  const title = document.createElement("bdi");
  title.textContent = data.meta?.title || data.url;
  link.append(title);
  heading.append(link);
  // An original in another language: marked in the index, or the whole
  // index is another language's (this language has no text of its own).
  const foreign = data.filters?.lang?.[0] ?? (indexLang !== lang ? indexLang : null);
  const other = foreign ? languages[foreign] : null;
  if (foreign) {
    link.lang = other?.tag ?? foreign;
    if (other?.hreflang !== null) link.hreflang = other?.hreflang ?? foreign;
    link.dir = other?.dir ?? "auto";
    if (other) {
      const note = document.createElement("span");
      note.className = "lang-note";
      note.textContent = `(${other.note})`;
      heading.append(" ", note);
    }
  }
  li.append(heading);
  if (data.meta?.organisation) {
    const org = document.createElement("p");
    org.className = "search-organisation";
    const name = document.createElement("bdi");
    name.textContent = data.meta.organisation;
    if (foreign) name.lang = foreign;
    org.append(name);
    li.append(org);
  }
  if (data.excerpt) {
    const p = document.createElement("p");
    p.className = "search-excerpt";
    if (foreign) {
      p.lang = foreign;
      p.dir = other?.dir ?? "auto";
    }
    p.append(...excerptNodes(data.excerpt));
    li.append(p);
  }
  return li;
}

async function showMore(run) {
  const next = results.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(next.map((r) => r.data()));
  if (run !== current) return null;
  const items = data.map(resultItem);
  list.append(...items);
  shown += next.length;
  more.hidden = shown >= results.length;
  return items[0] ?? null;
}

async function search(query) {
  const run = ++current;
  list.replaceChildren();
  more.hidden = true;
  results = [];
  shown = 0;
  if (!query.trim()) {
    section.hidden = true;
    status.textContent = "";
    return;
  }
  status.textContent = status.dataset.searching;
  try {
    const pf = await load();
    const found = await pf.search(query);
    if (run !== current) return;
    results = found?.results ?? [];
    await showMore(run);
    if (run !== current) return;
    section.hidden = results.length === 0;
    announce(countText(results.length));
  } catch (error) {
    if (run !== current) return;
    console.error(error);
    section.hidden = true;
    announce(status.dataset.failed);
  }
}

if (form && input && status && section && list && more) {
  form.hidden = false;
  if (noScript) noScript.hidden = true;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set("q", input.value);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    search(input.value);
  });
  more.addEventListener("click", async () => {
    const first = await showMore(current);
    // Keyboard and screen-reader users continue at the first new result.
    first?.querySelector("a")?.focus();
  });
  const query = new URLSearchParams(location.search).get("q");
  if (query) {
    input.value = query;
    search(query);
  }
}
