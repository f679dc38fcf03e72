// styrdok's additions to Decap CMS on /admin/ (src/cms/mod.rs writes this
// file beside decap-cms.js): the site's stylesheet in the preview, and the
// field of a goal's indicators.
(function () {
  if (!window.CMS) return;
  CMS.registerPreviewStyle("../style.css");

  var h = window.h;

  // Decap has no field for "a name, or a set of keys whose series is a map
  // of year: value", which is what src/model/indicator/read.rs reads; this
  // one edits both and writes what it read back in the same shape: a plain
  // name stays a plain name until a figure is added, a key keeps the
  // spelling the file gave it (källa, source, kalla), and a key left blank
  // is not written. Its keys, labels and hints come from config.yml
  // (`keys`, from INDICATOR_KEYS in src/content/keys.rs).

  // A key as the reader compares it: lower case, without accents.
  function plain(k) {
    return String(k).trim().toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function isMap(v) {
    return v != null && typeof v === "object" && typeof v.keySeq === "function";
  }

  // The key of `map` that spells `spec` (its name or its alias), or null.
  function keyIn(map, spec) {
    if (!isMap(map)) return null;
    var want = [plain(spec.name), plain(spec.alias)];
    var found = map.keySeq().find(function (k) { return want.indexOf(plain(k)) >= 0; });
    return found === undefined ? null : found;
  }

  // A series (a map of year: value) as the lines of the text box.
  function seriesText(v) {
    if (v == null) return "";
    if (!isMap(v)) return String(v);
    return v.entrySeq().map(function (e) {
      return e[0] + ": " + (e[1] == null ? "" : e[1]);
    }).join("\n");
  }

  // The lines of the text box as [year, value] pairs; the lines that are
  // not "year: value" and the years given twice, for isValid.
  function parseSeries(text) {
    var points = [], bad = [], seen = {};
    text.split("\n").forEach(function (line) {
      var t = line.trim();
      if (!t) return;
      var m = /^([^:\s]+)\s*:\s*(.*)$/.exec(t);
      if (!m || seen[m[1]]) { bad.push(t); return; }
      seen[m[1]] = true;
      var v = m[2].trim();
      // A number stays a number where it reads back the same (16, 16.4);
      // anything else (16,4, 16.40, 12 345) is kept as written.
      points.push([m[1], v === "" ? null : String(Number(v)) === v ? Number(v) : v]);
    });
    return { points: points, bad: bad };
  }

  // The key of item `v` that spells key `name`, or null.
  function keyOf(specs, v, name) {
    var spec = specs.filter(function (s) { return s.name === name; })[0];
    return keyIn(v, spec);
  }

  // The value of key `name` as item `v` gives it (a plain name is `namn`).
  function get(specs, v, name) {
    if (v == null) return null;
    if (!isMap(v)) return name === "namn" && String(v) !== "" ? String(v) : null;
    var k = keyOf(specs, v, name);
    return k === null ? null : v.get(k);
  }

  // Item `v` with key `name` set to `x` (blank: left out); `empty` is an
  // empty map of Decap's kind.
  function set(specs, v, name, x, empty) {
    var map = isMap(v) ? v : empty;
    if (!isMap(v) && v != null && String(v).trim() !== "") map = map.set("namn", String(v));
    var k = keyOf(specs, map, name);
    if (x == null || x === "" || (isMap(x) && x.size === 0)) {
      if (k !== null) map = map.delete(k);
    } else {
      map = map.set(k === null ? name : k, x);
    }
    var nameKey = keyOf(specs, map, "namn");
    if (map.size === 0) return "";
    // Only a name, where the item was a name: the name alone, as before.
    if (!isMap(v) && map.size === 1 && nameKey !== null) return map.get(nameKey);
    return map;
  }

  // What is wrong with item `v` whose series box reads `series`, or null.
  function problem(specs, v, series) {
    var bad = parseSeries(series).bad;
    if (bad.length) {
      return "Värden: skriv ett år och ett värde per rad, som 2019: 16, och varje år en gång (" + bad.join(", ") + ").";
    }
    var figures = specs.some(function (s) { return s.name !== "namn" && get(specs, v, s.name) != null; });
    return figures && !get(specs, v, "namn") ? "Skriv indikatorns namn." : null;
  }

  // A goal's `indikatorer`: each item a box per key, with a button to
  // remove it, and one to add an item.
  var Indicators = window.createClass({
    items: function () {
      var v = this.props.value;
      return v != null && typeof v.toArray === "function" ? v.toArray() : [];
    },
    specs: function () {
      return this.props.field.get("keys").toJS();
    },
    getInitialState: function () {
      var specs = this.specs();
      return { series: this.items().map(function (v) { return seriesText(get(specs, v, "serie")); }) };
    },
    // The list with item `i` replaced by `x` (undefined: removed).
    change: function (i, x) {
      var list = this.props.value != null && typeof this.props.value.toArray === "function"
        ? this.props.value
        : this.props.field.get("keys").clear();
      this.props.onChange(x === undefined ? list.delete(i) : list.set(i, x));
    },
    setKey: function (i, name, x) {
      this.change(i, set(this.specs(), this.items()[i], name, x, this.props.field.clear()));
    },
    setSeries: function (i, text) {
      var series = this.state.series.slice();
      series[i] = text;
      this.setState({ series: series });
      var empty = this.props.field.clear();
      this.setKey(i, "serie", parseSeries(text).points.reduce(function (m, p) { return m.set(p[0], p[1]); }, empty));
    },
    add: function () {
      this.setState({ series: this.state.series.concat([""]) });
      this.change(this.items().length, "");
    },
    remove: function (i) {
      var series = this.state.series.slice();
      series.splice(i, 1);
      this.setState({ series: series });
      this.change(i, undefined);
    },
    isValid: function () {
      var specs = this.specs(), series = this.state.series;
      var errors = this.items().map(function (v, i) {
        var p = problem(specs, v, series[i] || "");
        return p && "Indikator " + (i + 1) + ": " + p;
      }).filter(Boolean);
      return errors.length ? { error: { message: errors.join(" ") } } : true;
    },
    renderItem: function (v, i) {
      var self = this, specs = this.specs(), id = this.props.forID + "-" + i;
      return h("fieldset", { key: i },
        h("legend", {}, "Indikator " + (i + 1)),
        specs.map(function (s) {
          var inputId = id + "-" + s.name, hintId = inputId + "-hint";
          var value = get(specs, v, s.name);
          var box = s.name === "serie"
            ? h("textarea", {
              id: inputId, rows: 3, value: self.state.series[i] || "", "aria-describedby": hintId,
              onChange: function (e) { self.setSeries(i, e.target.value); },
            })
            : h("input", {
              type: "text", id: inputId, value: value == null ? "" : String(value), "aria-describedby": hintId,
              onChange: function (e) { self.setKey(i, s.name, e.target.value); },
            });
          return h("div", { key: s.name }, h("label", { htmlFor: inputId }, s.label), box, h("p", { id: hintId }, s.hint));
        }),
        h("button", { type: "button", onClick: function () { self.remove(i); } }, "Ta bort indikator " + (i + 1)));
    },
    render: function () {
      var self = this;
      return h("div", {
        id: this.props.forID,
        className: this.props.classNameWrapper + " styrdok-indikatorer",
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
      },
      this.items().map(function (v, i) { return self.renderItem(v, i); }),
      h("button", { type: "button", onClick: this.add }, "Lägg till indikator"));
    },
  });

  function IndicatorsPreview(props) {
    var v = props.value;
    var items = v != null && typeof v.toArray === "function" ? v.toArray() : [];
    return h("ul", {}, items.map(function (x, i) {
      var name = isMap(x) ? x.find(function (y, k) { return plain(k) === "namn" || plain(k) === "name"; }) : x;
      return h("li", { key: i }, name == null ? "" : String(name));
    }));
  }

  CMS.registerWidget("styrdok-indikatorer", Indicators, IndicatorsPreview);
})();
