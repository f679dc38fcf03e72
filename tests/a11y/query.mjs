// Queries a Pagefind bundle over HTTP, as the search page's script does,
// without a browser:
//
//   node tests/a11y/query.mjs <bundle-url> <query>
//
// bundle-url: the address of a language's bundle, e.g.
// http://127.0.0.1:1111/pagefind/sv/. Prints the results as JSON, one
// [url path, title] pair each, best first.
const [base, query] = process.argv.slice(2);
if (!base || !query) {
  console.error("usage: node query.mjs <bundle-url> <query>");
  process.exit(2);
}
// Node imports modules from files only: the script is fetched and imported
// from its text, and told where its bundle is.
const source = await (await fetch(base + "pagefind.js")).text();
const pagefind = await import("data:text/javascript;base64," + Buffer.from(source).toString("base64"));
await pagefind.options({ basePath: base });
const search = await pagefind.search(query);
const found = await Promise.all(search.results.map((r) => r.data()));
console.log(JSON.stringify(found.map((d) => [new URL(d.url).pathname, d.meta.title])));
