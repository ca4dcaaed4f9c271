import { createRequire as kubegradeCreateRequire } from 'node:module';
const require = kubegradeCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/bytes/index.js
var require_bytes = __commonJS({
  "node_modules/bytes/index.js"(exports, module) {
    "use strict";
    module.exports = bytes;
    module.exports.format = format;
    module.exports.parse = parse;
    var formatThousandsRegExp = /\B(?=(\d{3})+(?!\d))/g;
    var formatDecimalsRegExp = /(?:\.0*|(\.[^0]+)0+)$/;
    var map = {
      b: 1,
      kb: 1 << 10,
      mb: 1 << 20,
      gb: 1 << 30,
      tb: Math.pow(1024, 4),
      pb: Math.pow(1024, 5)
    };
    var parseRegExp = /^((-|\+)?(\d+(?:\.\d+)?)) *(kb|mb|gb|tb|pb)$/i;
    function bytes(value, options2) {
      if (typeof value === "string") {
        return parse(value);
      }
      if (typeof value === "number") {
        return format(value, options2);
      }
      return null;
    }
    function format(value, options2) {
      if (!Number.isFinite(value)) {
        return null;
      }
      var mag = Math.abs(value);
      var thousandsSeparator = options2 && options2.thousandsSeparator || "";
      var unitSeparator = options2 && options2.unitSeparator || "";
      var decimalPlaces = options2 && options2.decimalPlaces !== void 0 ? options2.decimalPlaces : 2;
      var fixedDecimals = Boolean(options2 && options2.fixedDecimals);
      var unit = options2 && options2.unit || "";
      if (!unit || !map[unit.toLowerCase()]) {
        if (mag >= map.pb) {
          unit = "PB";
        } else if (mag >= map.tb) {
          unit = "TB";
        } else if (mag >= map.gb) {
          unit = "GB";
        } else if (mag >= map.mb) {
          unit = "MB";
        } else if (mag >= map.kb) {
          unit = "KB";
        } else {
          unit = "B";
        }
      }
      var val = value / map[unit.toLowerCase()];
      var str = val.toFixed(decimalPlaces);
      if (!fixedDecimals) {
        str = str.replace(formatDecimalsRegExp, "$1");
      }
      if (thousandsSeparator) {
        str = str.split(".").map(function(s, i) {
          return i === 0 ? s.replace(formatThousandsRegExp, thousandsSeparator) : s;
        }).join(".");
      }
      return str + unitSeparator + unit;
    }
    function parse(val) {
      if (typeof val === "number" && !isNaN(val)) {
        return val;
      }
      if (typeof val !== "string") {
        return null;
      }
      var results = parseRegExp.exec(val);
      var floatValue;
      var unit = "b";
      if (!results) {
        floatValue = parseInt(val, 10);
        unit = "b";
      } else {
        floatValue = parseFloat(results[1]);
        unit = results[4].toLowerCase();
      }
      if (isNaN(floatValue)) {
        return null;
      }
      return Math.floor(map[unit] * floatValue);
    }
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS2 = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP2 = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ2 = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS2;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP2;
    var isPair4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ2;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP2:
          case SEQ2:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS2:
          case MAP2:
          case SCALAR:
          case SEQ2:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar5(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS2;
    exports.DOC = DOC;
    exports.MAP = MAP2;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ2;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias7;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap7;
    exports.isNode = isNode;
    exports.isPair = isPair4;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq7;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path4) {
      const ctrl = callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visit_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = visit_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path4) {
      const ctrl = await callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visitAsync_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path4) {
      if (typeof visitor === "function")
        return visitor(key, node, path4);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path4);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path4);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path4);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path4);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path4);
      return void 0;
    }
    function replaceNode(key, path4, node) {
      const parent = path4[path4.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path4, value) {
      let v = value;
      for (let i = path4.length - 1; i >= 0; --i) {
        const k = path4[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path4) => path4 == null || typeof path4 === "object" && !!path4[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path4, value) {
        if (isEmptyPath(path4))
          this.add(value);
        else {
          const [key, ...rest] = path4;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        const [key, ...rest] = path4;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        const [key, ...rest] = path4;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text3, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text3;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text3.length <= endStep)
        return text3;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text3, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text3[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text3[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text3, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text3[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text3[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text3;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text3;
      if (onFold)
        onFold();
      let res = text3.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text3.length;
        if (fold === 0)
          res = `
${indent}${text3.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text3[fold]}\\`;
          res += `
${indent}${text3.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text3, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text3[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text3[++i];
        } else {
          do {
            ch = text3[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text3[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options2) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options2);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options2) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options2);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add2(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set2.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set2.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options2) {
      const lines = [];
      let hasDirectives = options2.directives === true;
      if (options2.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options2);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options2) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options2);
        this.options = opt;
        let { version } = opt;
        if (options2?._directives) {
          this.directives = options2._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options2);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options2);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path4, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path4, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options2) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options2 ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options2 = {}) {
        const k = this.createNode(key, null, options2);
        const v = this.createNode(value, null, options2);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        if (Collection.isEmptyPath(path4)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path4) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        if (Collection.isEmptyPath(path4))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path4, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path4) {
        if (Collection.isEmptyPath(path4))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path4) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        if (Collection.isEmptyPath(path4)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path4), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path4, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options2 = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options2.schema instanceof Object)
          this.schema = options2.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options2));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options2 = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options2 && (!Number.isInteger(options2.indent) || Number(options2.indent) <= 0)) {
          const s = JSON.stringify(options2.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options2);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap7 = fc.start.source === "{";
      const fcName = isMap7 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap7 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap7 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap7 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap7 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap7) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap7 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options: options2 }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options2.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options2, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options2);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options2 = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options2.version || "1.2" });
        this.options = options2;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path4) => {
      let item = cst;
      for (const [field, index] of path4) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path4) => {
      const parent = visit3.itemAtPath(cst, path4.slice(0, -1));
      const field = path4[path4.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path4, item, visitor) {
      let ctrl = visitor(item, path4);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path4.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path4);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path4) : ctrl;
    }
    exports.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar5;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options2) {
      const prettyErrors = options2.prettyErrors !== false;
      const lineCounter$1 = options2.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options2) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options2 === void 0 && reviver && typeof reviver === "object") {
        options2 = reviver;
      }
      const doc = parseDocument(src, options2);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options2));
    }
    function stringify(value, replacer, options2) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options2 === void 0 && replacer) {
        options2 = replacer;
      }
      if (typeof options2 === "string")
        options2 = options2.length;
      if (typeof options2 === "number") {
        const indent = Math.round(options2);
        options2 = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options2 ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options2);
      return new Document.Document(value, _replacer, options2).toString(options2);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
  }
});

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance5 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance5;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance5(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error2) {
        super();
        this.error = error2;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error2) {
        super();
        this.error = error2;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error2 = this.name("e");
          this._currNode = node.catch = new Catch(error2);
          catchCode(error2);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error2) {
        return this._leafNode(new Throw(error2));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules2 = self.RULES.keywords;
      for (const key in schema) {
        if (!rules2[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules2[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error2 = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error2, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error2 = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error2, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error2, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error2, errorPaths);
    }
    function errorObject(cxt, error2, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error2, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes2 = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes2.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid2 = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid2 && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged2 = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged2)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules2 = it.self.RULES.all;
      for (const keyword in rules2) {
        const rule = rules2[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path4) {
      let input = path4;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path4) {
      if (path4 === "" || path4[0] === "/") {
        return removeDotSegments(path4);
      }
      const segments = path4.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path4 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path4 && path4 !== "/" ? path4 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options2) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options2.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options2.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options2);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options2) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options2.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options2.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options2);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options2.nid}:${nss}`;
      options2.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options2) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options2.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options2) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options2);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options2), options2);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options2) {
      const schemelessOptions = options2 ? Object.assign({ scheme: "null" }, options2) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options2 && options2.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options2 || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options2 || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options2, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options2), options2);
        relative = parse(serialize(relative, options2), options2);
      }
      options2 = options2 || {};
      if (!options2.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options2) {
      const normalizedA = normalizeComparableURI(uriA, options2);
      const normalizedB = normalizeComparableURI(uriB, options2);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options2 = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options2.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options2);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options2.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options2.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options2.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options2.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options2.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options2.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options2, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options2, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options2.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options2.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options2, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options2.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options2 = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options2.reference === "suffix") {
        if (options2.scheme) {
          uri = options2.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options2.reference && options2.reference !== "suffix" && options2.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options2.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options2.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options2, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options2.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options2);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text3, msg) => text3 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules2 = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules2) {
            const rule = rules2[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options2, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options2)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error2 = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error: error2,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error2 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error: error2,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error: error2,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error2 = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns2 = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns2.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns2.length === 0 || alwaysValidPatterns.length === patterns2.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns2) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid2 = alwaysValidPatterns.includes(pat);
              if (!alwaysValid2) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid2 && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error: error2,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error: error2,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/load/read.ts
var import_bytes = __toESM(require_bytes(), 1);
import { isAscii, isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var defaultReadLimits = { maxFileBytes: 5 * 1024 * 1024 };
function unreadable(file, message, hint, line = 1, column = 1) {
  return {
    ok: false,
    finding: { ruleId: "file-unreadable", severity: "error", message, file, line, column, endLine: line, endColumn: column + 1, hint }
  };
}
var strictUtf8 = () => new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function firstInvalidByte(bytes) {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = low + high >>> 1;
    try {
      strictUtf8().decode(bytes.subarray(0, middle + 1), { stream: true });
      low = middle + 1;
    } catch {
      high = middle;
    }
  }
  for (let k = low; k > 0 && k > low - 4; k--) {
    const byte = bytes[k - 1];
    if (byte >= 192) return k - 1;
    if (byte < 128) break;
  }
  return low;
}
function positionOfByte(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10 || bytes[i] === 13 && bytes[i + 1] !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}
function decodeSource(file, bytes, limits = defaultReadLimits) {
  if (bytes.length > limits.maxFileBytes) return tooLarge(file, bytes.length === limits.maxFileBytes + 1 ? void 0 : bytes.length, limits);
  const sniff = bytes.subarray(0, 8e3);
  if (sniff.includes(0)) {
    return unreadable(file, "This file is binary, not YAML text; it was not read.", "Only text manifests (.yaml, .yml, .json) can be checked.");
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(bytes)) return { ok: true, text: buffer.toString("latin1") };
  if (isUtf8(bytes)) return { ok: true, text: buffer.toString("utf8") };
  const offset = firstInvalidByte(bytes);
  const { line, column } = positionOfByte(bytes, offset);
  return unreadable(
    file,
    `This file is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at offset ${offset}); it was not read.`,
    "Save the file as UTF-8 in your editor.",
    line,
    column
  );
}
function tooLarge(file, size, limits) {
  const mb = (n) => (0, import_bytes.default)(n, { unitSeparator: " " });
  return unreadable(
    file,
    size === void 0 ? `This file is over the ${mb(limits.maxFileBytes)} limit; it was not read.` : `This file is ${mb(size)}, over the ${mb(limits.maxFileBytes)} limit; it was not read.`,
    "Split it into smaller files, or raise the limit with --max-file-size."
  );
}
function readFdAtMost(fd, limit, sizeHint) {
  let buffer = Buffer.allocUnsafe(Math.max(1, Math.min(limit, sizeHint)));
  let length = 0;
  while (length < limit) {
    if (sizeHint > 0 && length === sizeHint) break;
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}
function readSourceSync(file, absolutePath, limits = defaultReadLimits) {
  let fd;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (!info.isFile())
      return unreadable(
        file,
        "This is not a regular file (a pipe, device or socket); it was not read.",
        "Name manifest files or folders; to check text from a pipe, give - and pipe it to stdin."
      );
    if (info.size > limits.maxFileBytes) return tooLarge(file, info.size, limits);
    return decodeSource(file, readFdAtMost(fd, limits.maxFileBytes + 1, info.size), limits);
  } catch (error2) {
    const code = error2.code ?? "error";
    return unreadable(file, `This file could not be read (${code}).`, "Check that the file exists and that you may read it.");
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/yaml/parse.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/yaml/tags.ts
var goYamlBoolean = {
  tag: "tag:yaml.org,2002:bool",
  default: true,
  test: /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,
  resolve: (source) => /^(?:y|Y|yes|Yes|YES|on|On|ON)$/.test(source),
  stringify: ({ value }) => value ? "true" : "false"
};
var base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var goYamlBinary = {
  tag: "tag:yaml.org,2002:binary",
  default: false,
  resolve: (source, onError) => {
    const compact = source.replace(/[\r\n]/g, "");
    if (!base64.test(compact)) {
      onError("binary: not base64");
      return source;
    }
    return new TextDecoder().decode(Buffer.from(compact, "base64"));
  },
  stringify: ({ value }) => Buffer.from(String(value)).toString("base64")
};

// src/values.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function get(value, path4) {
  let current = value;
  for (const segment of path4) {
    if (current === void 0 || current === null) return void 0;
    if (typeof segment === "number") current = Array.isArray(current) ? current[segment] : void 0;
    else current = isObject(current) && Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : void 0;
  }
  return current ?? void 0;
}
function formatPath(path4) {
  const parts = [];
  for (const segment of path4) {
    if (typeof segment === "number") parts.push(`[${segment}]`);
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) parts.push(parts.length > 0 ? `.${segment}` : segment);
    else parts.push(`[${JSON.stringify(segment)}]`);
  }
  return parts.join("");
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function keyOf(...parts) {
  const pieces = [];
  for (const part of parts) pieces.push(part === null ? "-" : `${part.length}:${part}`);
  return pieces.join("|");
}

// src/findings.ts
var fallbackRange = Object.freeze({ line: 1, column: 1, endLine: 1, endColumn: 2 });

// src/yaml/positions.ts
function lineStartsOf(text3) {
  const starts = [0];
  for (let at = text3.indexOf("\n"); at >= 0; at = text3.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}
function linePos(starts, first, offset) {
  let low = first;
  let high = starts.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (starts[mid] < offset) low = mid + 1;
    else high = mid;
  }
  if (low < starts.length && starts[low] === offset) return { line: low - first + 1, col: 1 };
  if (low === first) return { line: 0, col: offset };
  return { line: low - first, col: offset - starts[low - 1] + 1 };
}
function offsetsToRange(starts, start, end, first = 0) {
  const from = linePos(starts, first, start);
  const to = linePos(starts, first, Math.max(end, start + 1));
  if (to.line !== from.line && Math.max(end, start + 1) === start + 1)
    return { line: from.line, column: from.col, endLine: from.line, endColumn: from.col + 1 };
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
function emptyValueAfter(key) {
  return { line: key.endLine, column: key.endColumn, endLine: key.endLine, endColumn: key.endColumn + 1 };
}
function pickRange(location, target) {
  if (!location.exact) return location.key ?? location.value;
  return target === "key" ? location.key ?? firstLine(location.value) : location.value ?? location.key;
}
function firstLine(range) {
  if (!range || range.line === range.endLine) return range;
  return { line: range.line, column: range.column, endLine: range.line, endColumn: range.column + 1 };
}
function clampOffset(text3, offset) {
  let end = text3.length;
  while (end > 0 && (text3[end - 1] === "\n" || text3[end - 1] === "\r")) end--;
  return Math.max(0, Math.min(offset, Math.max(end - 1, 0)));
}

// src/yaml/source-lines.ts
var plainKey = /^([^\s#'"{}[\],&*!|>%@`-]|-[^\s-])[^:#]*?[ \t]*:(?=[ \t]|$)/;
var quotedKey = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*:(?=[ \t]|$)/;
var maxKeyLength = 120;
var maxScan = 200;
function keyAt(text3, column) {
  const rest = text3.slice(column, column + maxKeyLength + 8);
  const quoted2 = quotedKey.exec(rest);
  if (quoted2) {
    const raw = quoted2[1];
    const name2 = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, "$1") : raw.slice(1, -1).replace(/''/g, "'");
    return name2.length <= maxKeyLength ? { name: name2, column, afterColon: column + quoted2[0].length } : void 0;
  }
  const plain = plainKey.exec(rest);
  if (!plain) return void 0;
  const name = plain[0].slice(0, -1).trimEnd();
  return name.length <= maxKeyLength ? { name, column, afterColon: column + plain[0].length } : void 0;
}
var SourceLines = class _SourceLines {
  constructor(text3) {
    this.text = text3;
    for (let at = text3.indexOf("\n"); at >= 0; at = text3.indexOf("\n", at + 1)) this.starts.push(at + 1);
  }
  text;
  starts = [0];
  cache = /* @__PURE__ */ new Map();
  get count() {
    return this.starts.length;
  }
  /** 0-based index of the line holding `offset`. */
  indexOf(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
  line(index) {
    const cached = this.cache.get(index);
    if (cached) return cached;
    const line = this.read(index);
    this.cache.set(index, line);
    return line;
  }
  read(index) {
    const start = this.starts[index] ?? this.text.length;
    const end = this.starts[index + 1] ?? this.text.length;
    const text3 = this.text.slice(start, end).replace(/\r?\n$/, "");
    const indent = /^[ \t]*/.exec(text3)[0].length;
    const marker = /^(?:-[ \t]+)*/.exec(text3.slice(indent))[0].length;
    const contentColumn = indent + marker;
    return {
      index,
      text: text3,
      indent,
      tabIndent: text3.slice(0, indent).includes("	"),
      contentColumn,
      listItem: marker > 0,
      key: keyAt(text3, contentColumn)
    };
  }
  /** True for a line with nothing but spaces or a comment. */
  static blank(line) {
    return line.indent === line.text.length || line.text[line.indent] === "#";
  }
  /** The nearest line above `index` (within the same document) that is not blank. */
  previous(index) {
    for (let i = index - 1; i >= 0 && i >= index - maxScan; i--) {
      const line = this.line(i);
      if (/^(?:---|\.\.\.)(?:\s|$)/.test(line.text)) return void 0;
      if (!_SourceLines.blank(line)) return line;
    }
    return void 0;
  }
  /** The nearest line below `index` that is not blank. */
  next(index) {
    for (let i = index + 1; i < this.count && i <= index + maxScan; i++) {
      const line = this.line(i);
      if (/^(?:---|\.\.\.)(?:\s|$)/.test(line.text)) return void 0;
      if (!_SourceLines.blank(line)) return line;
    }
    return void 0;
  }
  /** The nearest mapping key above `index` that starts left of `column`: the key this line is nested in. */
  parentKey(index, column) {
    let limit = column;
    for (let i = index - 1; i >= 0 && i >= index - maxScan; i--) {
      const line = this.line(i);
      if (/^(?:---|\.\.\.)(?:\s|$)/.test(line.text)) return void 0;
      if (_SourceLines.blank(line)) continue;
      if (line.key && line.key.column < limit) return line.key;
      if (line.indent < limit) limit = line.indent;
      if (limit === 0) return void 0;
    }
    return void 0;
  }
  /** The key a list at `column` belongs to: the nearest key above at or left of the list's "- ". */
  listParent(index, column) {
    for (let i = index - 1; i >= 0 && i >= index - maxScan; i--) {
      const line = this.line(i);
      if (/^(?:---|\.\.\.)(?:\s|$)/.test(line.text)) return void 0;
      if (_SourceLines.blank(line) || line.indent > column || line.listItem && column - line.indent <= 2) continue;
      return line.key && line.key.column <= column && !line.listItem ? line.key : void 0;
    }
    return void 0;
  }
  /** The nearest line at or above `index` (within the lines looked at) that passes `test`. */
  lineWhere(test, index) {
    for (let i = index; i >= 0 && i > index - maxScan; i--) {
      const line = this.line(i);
      if (test(line)) return line;
    }
    return void 0;
  }
  /** The nearest line at or above `index` (within the lines looked at) that holds `char`: where an unclosed bracket was opened. */
  lineWith(char, index) {
    for (let i = index; i >= 0 && i > index - maxScan; i--) {
      const line = this.line(i);
      if (line.text.includes(char)) return line;
    }
    return void 0;
  }
};

// src/yaml/syntax-messages.ts
var codeMessages = {
  ALIAS_PROPS: {
    message: 'An alias ("*" and a name) cannot carry its own anchor ("&") or tag ("!"), as {{value}} does.',
    hint: 'Remove the "&" or "!" in front of the "*"; or, if the "*" is part of the text, put the whole value in quotes.'
  },
  BAD_ALIAS: {
    message: 'An anchor ("&") or alias ("*") in {{value}} has no name or ends with ":".',
    hint: 'If "&" or "*" is meant as text, put the whole value in quotes; anchors are written &name and used as *name.'
  },
  BAD_DIRECTIVE: {
    message: 'This line starts with "%", which YAML reads as a directive, and it is not one YAML knows.',
    hint: 'Kubernetes manifests need no directives: remove the line, or quote the value if "%" is part of it.'
  },
  BAD_DQ_ESCAPE: {
    message: "{{Value}} is in double quotes, where a backslash starts an escape sequence (such as \\n), and this backslash does not start a valid one.",
    hint: "Use single quotes instead (a backslash is plain text inside them), or write each backslash twice."
  },
  BAD_INDENT: {
    message: "{{Line}} is not indented the way YAML expects here; YAML reads nesting from indentation.",
    hint: "Indent it with exactly as many spaces as the lines it belongs with, or more if it belongs inside the key above."
  },
  BAD_PROP_ORDER: {
    message: 'An anchor ("&") or tag ("!") in {{line}} comes before a "-" or "?"; it must come after it.',
    hint: 'Move the "&" or "!" after the "- ", or quote the value if they are part of the text.'
  },
  BAD_SCALAR_START: {
    message: "{{Value}} starts with {{char}}, which YAML reserves: a value without quotes cannot start with it.",
    hint: "Put the whole value in quotes."
  },
  BLOCK_AS_IMPLICIT_KEY: {
    message: "YAML reads {{line}} as a key, but what it finds there is a list or a mapping, which cannot be a key.",
    hint: 'Check the indentation of this line and the one above, and that every "- " and ": " is where you meant it.'
  },
  BLOCK_IN_FLOW: {
    message: 'Inside brackets ("[ ]" or "{ }") after {{key}}, items are separated by commas; "- " items and "key: value" lines without commas cannot be used there.',
    hint: "Write the items as [a, b] or {name: a, other: b}, or drop the brackets and put one item per line."
  },
  DUPLICATE_KEY: {
    message: "{{Key}} appears more than once in the same mapping.",
    hint: "Keep one of them: kubectl rejects a mapping with the same key twice."
  },
  IMPOSSIBLE: {
    message: "The YAML parser could not make sense of {{line}}.",
    hint: "Check this line for a stray character or a wrong indentation."
  },
  KEY_OVER_1024_CHARS: {
    message: "A key here is longer than 1024 characters, the most YAML allows.",
    hint: 'Check for a missing line break or a missing ": " before this point.'
  },
  MISSING_CHAR: {
    message: 'Something is missing in {{line}}: a closing quote or bracket, a comma, a space, or a ":".',
    hint: 'Check that every quote and bracket is closed and that every key is followed by ": ".'
  },
  MULTILINE_IMPLICIT_KEY: {
    message: "YAML reads {{line}} and what follows as one key spread over several lines, but a key must fit on one line.",
    hint: 'Check for a missing ": " after a key, a missing "- " before a list item, or a wrong indentation.'
  },
  MULTIPLE_ANCHORS: {
    message: '{{Value}} has two anchors ("&"); a value can have at most one.',
    hint: 'Remove one of them, or put the value in quotes if "&" is part of the text.'
  },
  MULTIPLE_DOCS: {
    message: "This text holds several YAML documents where one was expected.",
    hint: 'Check the "---" lines: each separates two documents.'
  },
  MULTIPLE_TAGS: {
    message: '{{Value}} has two tags ("!"); a value can have at most one.',
    hint: 'Remove one of them, or put the value in quotes if "!" is part of the text.'
  },
  NON_STRING_KEY: {
    message: "A key here is not plain text.",
    hint: "Write keys as plain words."
  },
  RESOURCE_EXHAUSTION: {
    message: "This document nests too deeply or expands too much for the parser; it is not checked further.",
    hint: "No Kubernetes manifest nests hundreds of levels deep: check the indentation of the lines above."
  },
  TAB_AS_INDENT: {
    message: "{{Line}} is indented with a tab, but YAML allows only spaces for indentation.",
    hint: "Replace the tab with spaces, and set your editor to insert spaces when you press Tab."
  },
  TAG_RESOLVE_FAILED: {
    message: '{{Value}} has a tag (starting with "!") that YAML cannot apply.',
    hint: 'Remove the tag; or, if the "!" is part of the text, put the whole value in quotes.'
  },
  UNEXPECTED_TOKEN: {
    message: "YAML cannot read {{line}} from this point on.",
    hint: 'Look for a character that needs quotes at the start of a value (* & ! | > @ ` %), a ": " or " #" inside a value, a missing space after ":" or "-", or a wrong indentation.'
  },
  BAD_COLLECTION_TYPE: {
    message: "A tag on {{value}} is meant for another kind of value (a list where there is a mapping, or the other way round).",
    hint: "Remove the tag: Kubernetes manifests need none."
  }
};
var situationMessages = {
  tab: codeMessages.TAB_AS_INDENT,
  blockHeaderText: {
    message: "{{Value}} starts with {{char}}, which announces a block of text on the lines below, so nothing else may follow it on the same line.",
    hint: "Put the text on the next line, indented further than {{key}}; or, if {{char}} is part of the value, put the whole value in quotes."
  },
  aliasStar: {
    message: '{{Value}} starts with "*", which YAML reads as an alias (a reference to an anchor defined with "&"), not as text.',
    hint: 'Put the whole value in quotes so YAML reads it as text; a cron schedule, for example, is written "*/5 * * * *" with the quotes.'
  },
  reservedStart: codeMessages.BAD_SCALAR_START,
  unknownTag: {
    message: '{{Value}} starts with "!", which YAML reads as a type tag rather than as part of the value, and this tag is not one it knows.',
    hint: 'Put the whole value in quotes if the "!" is part of the text.'
  },
  binaryNotBase64: {
    message: "{{Value}} is tagged !!binary but is not valid base64, so kubectl cannot decode it.",
    hint: "Encode the content with base64 (for example base64 -w0 FILE), or remove the !!binary tag."
  },
  colonInValue: {
    message: '{{Value}} contains ": " (a colon and a space), which YAML reads as the start of another key.',
    hint: "Put the whole value in quotes."
  },
  noSpaceAfterColon: {
    message: "{{Key}} has no space after its colon, so YAML reads the key and its value as one piece of text instead of a key and a value.",
    hint: "Write a space after the colon ({{keyColon}} value)."
  },
  missingDash: {
    message: '{{Line}} sits in {{list}} but does not start with "- ", so it is neither a list item nor a key of one.',
    hint: `Start a new list item with "- " at the same column as the other items; if the line belongs to the item above, indent it to line up with that item's keys.`
  },
  dashNoSpace: {
    message: 'The "-" before {{key}} needs a space after it to start a list item.',
    hint: 'Write "- " (a dash and a space) before the key, at the same column as the other items.'
  },
  listIndent: {
    message: "This item of {{list}} does not line up with the items above it.",
    hint: 'Start every "- " of the same list at the same column.'
  },
  keyIndent: {
    message: "{{Key}} does not line up with the keys above it, so YAML cannot tell which mapping it belongs to.",
    hint: "Indent {{key}} with exactly as many spaces as the keys it belongs with."
  },
  overIndented: {
    message: "The line below {{key}} is indented further, but {{key}} already has a value on its own line, so YAML reads the next line as part of that value.",
    hint: "Line the next key up with {{key}}; or, if the lines below belong inside {{key}}, remove the value after its colon."
  },
  unclosedQuote: {
    message: "{{Value}} opens a {{quote}} that is never closed.",
    hint: "Add the closing quote at the end of the value."
  },
  unclosedBracket: {
    message: "The {{open}} after {{key}} is never closed with {{close}}.",
    hint: "Close it with {{close}} after the last item; or drop the brackets and write one item per line."
  },
  textAfterQuote: {
    message: "{{Value}} has more text after its closing quote.",
    hint: "Put the whole value inside the quotes."
  },
  commentSpace: {
    message: 'A "#" in {{line}} touches the text before it; a comment needs a space before its "#".',
    hint: 'Add a space before the "#", or put it inside quotes if it is part of the value.'
  },
  flowComma: {
    message: "The brackets after {{key}} hold an extra comma (an empty item).",
    hint: "Remove the extra comma."
  },
  flowMissingComma: {
    message: "Two items inside the brackets after {{key}} are not separated by a comma.",
    hint: 'Separate the items with ", " (a comma and a space), and write "key: value" with a space after the colon.'
  },
  listThenKey: {
    message: "{{Line}} is a key at the top level, but the document above it is a list, and a document cannot be both.",
    hint: 'Indent the key under a list item, or start a new document with a "---" line before it.'
  },
  directivesEnd: {
    message: 'The "%" line above makes YAML expect a "---" line before the content, and there is none.',
    hint: 'Remove the "%" line (Kubernetes manifests need none), or add a line with only "---" after it.'
  },
  undefinedAlias: {
    message: '{{Value}} starts with "*", which YAML reads as an alias (a reference to an anchor defined with "&"), and no such anchor is defined above it.',
    hint: 'If the "*" is part of the text, put the whole value in quotes.'
  }
};
function valueStart(line) {
  const from = line.key ? line.key.afterColon : line.contentColumn;
  return line.text.slice(from, from + 64).trimStart();
}
var quoteNames = { '"': "double quote", "'": "single quote" };
var brackets = { "]": "[", "}": "{" };
function classify(problem, lines, line) {
  const { code, message } = problem;
  const value = valueStart(line);
  const at = (situation, char) => ({ problem, situation, line, char });
  if (code === "TAB_AS_INDENT" || line.tabIndent) return at("tab");
  if (message === "undefined alias") return at("undefinedAlias");
  if (/^[|>]/.test(value) && (code === "UNEXPECTED_TOKEN" || code === "MISSING_CHAR")) return at("blockHeaderText", `"${value[0]}"`);
  if (value.startsWith("*") && (code === "UNEXPECTED_TOKEN" || code === "BAD_ALIAS")) return at("aliasStar");
  if (code === "BAD_SCALAR_START") {
    const char = value[0] === "`" ? 'a backtick ("`")' : value[0] === "%" ? '"%"' : '"@"';
    return at("reservedStart", char);
  }
  if (code === "TAG_RESOLVE_FAILED") {
    if (message.startsWith("binary:")) return at("binaryNotBase64");
    if (value.startsWith("!") && !value.startsWith("!!")) return at("unknownTag");
    return at(void 0);
  }
  if (code === "BAD_DQ_ESCAPE") return at(void 0);
  const missingQuote = /^Missing closing (["'])quote/.exec(message);
  if (missingQuote) return at("unclosedQuote", quoteNames[missingQuote[1]]);
  const unclosed = /end with an? ([\]}])$/.exec(message);
  if (unclosed) return at("unclosedBracket", unclosed[1]);
  if (message.startsWith("Comments must be separated")) return at("commentSpace");
  if (message.startsWith("Missing directives-end")) return at("directivesEnd");
  if (/^Unexpected , in flow/.test(message) || message.startsWith("Unexpected empty item")) return at("flowComma");
  if (/^Missing (?:,|space after :)/.test(message)) return at("flowMissingComma");
  if (line.key?.name.startsWith("-")) return at("dashNoSpace");
  const colonNoSpace = !line.key && /^[^\s#'"{}[\],&*!|>%@`-][^:\s]*:[^\s/]/.test(line.text.slice(line.contentColumn));
  if (colonNoSpace && (code === "MULTILINE_IMPLICIT_KEY" || code === "MISSING_CHAR" || code === "BAD_INDENT")) return at("noSpaceAfterColon");
  if (line.key && /:(?:[ \t]|$)/.test(line.text.slice(line.key.afterColon).replace(/#.*$/, "")) && code === "BLOCK_AS_IMPLICIT_KEY") return at("colonInValue");
  if (line.key && /["']/.test(value[0] ?? "") && /at node end$/.test(message)) return at("textAfterQuote");
  const previous = lines.previous(line.index);
  if (line.listItem && previous) {
    const sibling = previous.listItem ? previous : void 0;
    if (sibling && sibling.indent !== line.indent && Math.abs(sibling.indent - line.indent) <= 2) return at("listIndent");
    if (code === "BAD_INDENT" && /sequence items/.test(message)) return at("listIndent");
  }
  if (!line.listItem && previous && /^[^\]},#]/.test(line.text.slice(line.indent)) && (code === "BAD_INDENT" || code === "MISSING_CHAR" || code === "UNEXPECTED_TOKEN")) {
    const listAbove = previous.listItem && previous.indent === line.indent ? previous : lines.previous(previous.index);
    const inList = previous.listItem ? previous.indent === line.indent : listAbove?.listItem === true && listAbove.indent === line.indent && previous.indent > line.indent;
    if (inList) return line.indent === 0 && line.key && code === "UNEXPECTED_TOKEN" ? at("listThenKey") : at("missingDash");
  }
  if ((code === "BLOCK_AS_IMPLICIT_KEY" || code === "MULTILINE_IMPLICIT_KEY") && line.key && value !== "") {
    const next = lines.next(line.index);
    if (next && next.indent > line.key.column) return at("overIndented");
  }
  if (code === "BAD_INDENT" && line.key && /mapping items/.test(message)) return at("keyIndent");
  return at(void 0);
}
var priority = [
  "tab",
  "undefinedAlias",
  "blockHeaderText",
  "aliasStar",
  "reservedStart",
  "binaryNotBase64",
  "unknownTag",
  "unclosedQuote",
  "unclosedBracket",
  "textAfterQuote",
  "noSpaceAfterColon",
  "colonInValue",
  "dashNoSpace",
  "listIndent",
  "missingDash",
  "listThenKey",
  "overIndented",
  "keyIndent",
  "commentSpace",
  "flowComma",
  "flowMissingComma",
  "directivesEnd",
  void 0
];
function quoted(name) {
  return JSON.stringify(name);
}
function fill(template, classified, lines) {
  const { line } = classified;
  const squashed = classified.situation === "noSpaceAfterColon" ? /^[^:\s]+(?=:)/.exec(line.text.slice(line.contentColumn))?.[0] : void 0;
  const own = squashed ?? (line.key && !line.key.name.startsWith("-") ? line.key.name : line.key?.name.slice(1));
  const parent = lines.parentKey(line.index, line.key && !line.listItem ? line.key.column : line.indent)?.name;
  const quoteChar = classified.situation === "unclosedQuote" ? classified.char === "single quote" ? "'" : '"' : void 0;
  const opener = classified.char && brackets[classified.char] ? lines.lineWith(brackets[classified.char], line.index) : quoteChar ? lines.lineWhere((l) => valueStart(l).startsWith(quoteChar), line.index) : void 0;
  const key = opener ? opener.key?.name ?? lines.parentKey(opener.index, opener.indent)?.name : own ?? parent;
  const listParent = lines.listParent(line.index, line.indent)?.name;
  const openerValue = opener && quoteChar ? opener.key ? `the value of ${quoted(opener.key.name)}` : "this value" : void 0;
  const listItem = line.listItem && !line.key;
  const value = own !== void 0 ? `the value of ${quoted(own)}` : listItem && parent !== void 0 ? `a list item under ${quoted(parent)}` : "this value";
  const lineName = own !== void 0 ? `the line of ${quoted(own)}` : "this line";
  const close = classified.char && brackets[classified.char] ? classified.char : void 0;
  const replacements = {
    key: key !== void 0 ? quoted(key) : "this key",
    Key: key !== void 0 ? quoted(key) : "This key",
    keyColon: own !== void 0 ? `${own}:` : "key:",
    value: openerValue ?? value,
    Value: (openerValue ?? value)[0].toUpperCase() + (openerValue ?? value).slice(1),
    line: lineName,
    Line: lineName[0].toUpperCase() + lineName.slice(1),
    parent: parent !== void 0 ? quoted(parent) : "the key above",
    list: listParent !== void 0 ? `the list under ${quoted(listParent)}` : "a list",
    char: classified.char ?? "",
    quote: classified.char ?? "quote",
    open: close ? `"${brackets[close]}"` : "",
    close: close ? `"${close}"` : ""
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name) => replacements[name] ?? "");
}
function lineOf(lines, text3, offset) {
  const index = lines.indexOf(offset);
  if ((text3[offset] === "\n" || text3[offset] === "\r") && index + 1 < lines.count) {
    for (let i = index + 1; i < lines.count; i++) if (!SourceLines.blank(lines.line(i))) return i;
  }
  return index;
}
function syntaxFindings(problems, lines, lineStarts2) {
  const text3 = lines.text;
  const byLine = /* @__PURE__ */ new Map();
  for (const problem of problems) {
    const offset = clampOffset(text3, problem.pos[0]);
    const index = lineOf(lines, text3, offset);
    const classified = classify(problem, lines, lines.line(index));
    const group = byLine.get(index);
    if (group) group.push(classified);
    else byLine.set(index, [classified]);
  }
  const findings = [];
  for (const group of byLine.values()) {
    const best = [...group].sort((a, b) => priority.indexOf(a.situation) - priority.indexOf(b.situation))[0];
    const { problem } = best;
    const entry = best.situation ? situationMessages[best.situation] : codeMessages[problem.code];
    const start = clampOffset(text3, problem.pos[0]);
    const end = Math.max(start + 1, Math.min(problem.pos[1], clampOffset(text3, problem.pos[1]) + 1));
    const severity = group.some((c) => c.problem.severity === "error") ? "error" : "warning";
    findings.push({
      ruleId: "yaml-syntax",
      severity,
      message: fill(entry.message, best, lines),
      messageId: best.situation ?? problem.code,
      ...offsetsToRange(lineStarts2, start, end),
      hint: fill(entry.hint, best, lines)
    });
  }
  return findings;
}

// src/yaml/duplicate-keys.ts
var import_yaml = __toESM(require_dist(), 1);
var resourceKeys = /* @__PURE__ */ new Set(["apiVersion", "kind"]);
function pushChildren(stack, node) {
  const items = (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node) ? node.items : [];
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if ((0, import_yaml.isPair)(item)) {
      if (item.value && typeof item.value === "object") stack.push(item.value);
    } else if (item && typeof item === "object") stack.push(item);
  }
}
function findDuplicateKeys(root, lineStarts2) {
  const findings = [];
  let twoResources = false;
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml.isAlias)(node)) continue;
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      const repeated2 = [];
      for (const pair of node.items) {
        const key = pair.key;
        if (!(0, import_yaml.isScalar)(key) || key.value === "<<" || key.value !== null && typeof key.value === "object") continue;
        const name = key.value === null || key.value === void 0 ? "" : String(key.value);
        if (seen.has(name)) {
          if (key.range) repeated2.push({ name, range: [key.range[0], key.range[1]] });
        } else seen.add(name);
      }
      if (node === root && repeated2.some((r) => resourceKeys.has(r.name))) {
        twoResources = true;
        const first = repeated2[0];
        findings.push({
          ruleId: "yaml-syntax",
          severity: "error",
          message: `${JSON.stringify(first.name)} appears a second time at the top level: this looks like two resources in one document, with no "---" line between them.`,
          messageId: "missingDocumentStart",
          ...offsetsToRange(lineStarts2, first.range[0], first.range[1]),
          hint: 'Put a line with only "---" before the second resource, so that each resource is its own document.'
        });
      } else {
        for (const { name, range } of repeated2) {
          findings.push({
            ruleId: "yaml-duplicate-key",
            severity: "error",
            message: `${JSON.stringify(name)} appears more than once in the same mapping; kubectl rejects the file, and the other checks use the last one.`,
            messageId: "duplicate",
            ...offsetsToRange(lineStarts2, range[0], range[1]),
            hint: `Keep only one ${JSON.stringify(name)}: remove the other, or merge what is under both into one.`
          });
        }
      }
    }
    pushChildren(stack, node);
  }
  return { findings, twoResources };
}

// src/yaml/undefined-alias.ts
var import_yaml2 = __toESM(require_dist(), 1);
function firstUndefinedAlias(root) {
  const anchors = /* @__PURE__ */ new Set();
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== "object") continue;
    if ((0, import_yaml2.isPair)(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if ((0, import_yaml2.isAlias)(node)) {
      if (!anchors.has(node.source)) return node;
      continue;
    }
    const anchor = node.anchor;
    if (anchor) anchors.add(anchor);
    if ((0, import_yaml2.isMap)(node) || (0, import_yaml2.isSeq)(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  return void 0;
}

// src/yaml/compact-strings.ts
var maxShared = 1e5;
var maxSharedLength = 48;
var minSliceLength = 13;
var hashSeed = Math.random() * 4294967296 | 0;
function hashRange(text3, start, end) {
  let hash = 2166136261 ^ hashSeed | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text3.charCodeAt(i), 16777619);
  return hash;
}
function unslice(value) {
  return (" " + value).slice(1);
}
var StringTable = class {
  /** `maxEntries`: past it, `add` refuses (a file of a million distinct values cannot grow it without end). */
  constructor(maxEntries = Infinity) {
    this.maxEntries = maxEntries;
    this.hashes = this.slots = new Int32Array(0);
    this.mask = 0;
    this.hashes = new Int32Array(1024);
    this.slots = new Int32Array(2048);
    this.mask = 2047;
  }
  maxEntries;
  /** The strings, by id. */
  strings = [];
  hashes;
  /** id + 1 per slot, 0 for an empty slot; kept at most half full. */
  slots;
  mask;
  get size() {
    return this.strings.length;
  }
  /** The id of text[start, end) (its hash given), or -1 when absent. */
  findRange(text3, start, end, hash) {
    const length = end - start;
    const strings = this.strings;
    for (let slot = hash & this.mask; ; slot = slot + 1 & this.mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash) {
        const known = strings[entry];
        if (known.length === length && text3.startsWith(known, start)) return entry;
      }
    }
  }
  /** The id of text[start, end), added when absent; -1 when absent and the table is full. */
  idOfRange(text3, start, end) {
    const hash = hashRange(text3, start, end);
    const found = this.findRange(text3, start, end, hash);
    if (found >= 0 || this.strings.length >= this.maxEntries) return found;
    const slice = text3.slice(start, end);
    return this.add(end - start >= minSliceLength ? unslice(slice) : slice, hash);
  }
  /** The id of `value`, added (as a copy that owns its characters) when absent; -1 when absent and full. */
  idOf(value) {
    const hash = hashRange(value, 0, value.length);
    const found = this.findRange(value, 0, value.length, hash);
    if (found >= 0 || this.strings.length >= this.maxEntries) return found;
    return this.add(value.length >= minSliceLength ? unslice(value) : value, hash);
  }
  add(own, hash) {
    const id = this.strings.length;
    this.strings.push(own);
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    else this.place(id, hash);
    return id;
  }
  place(id, hash) {
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = slot + 1 & this.mask;
    this.slots[slot] = id + 1;
  }
  rehash() {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let id = 0; id < this.strings.length; id++) this.place(id, this.hashes[id]);
  }
};
var sharedValues = new StringTable(maxShared);
function isShareable(length) {
  return length <= maxSharedLength;
}
function compactString(value) {
  if (value.length <= maxSharedLength) {
    const id = sharedValues.idOf(value);
    if (id >= 0) return sharedValues.strings[id];
    return value.length >= minSliceLength ? unslice(value) : value;
  }
  return unslice(value);
}
function compactRange(text3, start, end) {
  if (end - start <= maxSharedLength) {
    const id = sharedValues.idOfRange(text3, start, end);
    if (id >= 0) return sharedValues.strings[id];
  }
  return compactString(text3.slice(start, end));
}

// src/yaml/plain-value.ts
var import_yaml3 = __toESM(require_dist(), 1);
var needsToJS = /* @__PURE__ */ Symbol("needs toJS");
var Unsupported = class extends Error {
};
var unsupported = new Unsupported();
function plainValueOf(root, maxDepth) {
  try {
    return new Converter(maxDepth).convert(root, 1);
  } catch (error2) {
    if (error2 === unsupported) return needsToJS;
    throw error2;
  }
}
function scalarValue(value) {
  if (value === null || value === void 0) return void 0;
  if (typeof value === "string") return compactString(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return Number(value);
  throw unsupported;
}
var inProgress = /* @__PURE__ */ Symbol("in progress");
var Converter = class {
  constructor(maxDepth) {
    this.maxDepth = maxDepth;
  }
  maxDepth;
  /** Values of the anchors seen so far, by name: the last one of each name wins, as in yaml. */
  anchors = /* @__PURE__ */ new Map();
  convert(node, depth) {
    if (node === null || node === void 0) return void 0;
    if ((0, import_yaml3.isAlias)(node)) {
      if (!this.anchors.has(node.source)) throw unsupported;
      const value2 = this.anchors.get(node.source);
      if (value2 === inProgress) throw unsupported;
      return value2;
    }
    if (depth > this.maxDepth) throw unsupported;
    const anchor = node.anchor;
    if (anchor) this.anchors.set(anchor, inProgress);
    const value = this.convertNode(node, depth);
    if (anchor) this.anchors.set(anchor, value);
    return value;
  }
  convertNode(node, depth) {
    if ((0, import_yaml3.isScalar)(node)) return scalarValue(node.value);
    if ((0, import_yaml3.isSeq)(node)) {
      const out = new Array(node.items.length);
      node.items.forEach((item, i) => {
        out[i] = this.convert(item, depth + 1) ?? null;
      });
      return out;
    }
    if ((0, import_yaml3.isMap)(node)) {
      const out = {};
      let nullKeys;
      for (const pair of node.items) {
        const key = pair.key;
        if (!(0, import_yaml3.isScalar)(key) || key.value === "<<" || typeof key.value === "symbol" || key.value !== null && typeof key.value === "object") throw unsupported;
        const name = key.value === null || key.value === void 0 ? "" : String(key.value);
        if (Object.hasOwn(out, name) || nullKeys?.has(name)) throw unsupported;
        const value = this.convert(pair.value, depth + 1);
        if (value === void 0) (nullKeys ??= /* @__PURE__ */ new Set()).add(name);
        else if (name === "__proto__") Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
        else out[name] = value;
      }
      return out;
    }
    throw unsupported;
  }
};

// src/yaml/compact-map.ts
var import_yaml4 = __toESM(require_dist(), 1);
var NONE = 0;
var LEAF = 1;
var MAP = 2;
var SEQ = 3;
var ALIAS = 4;
var STRIDE = 6;
var KIND_SIZE = 0;
var KEY_NAME = 1;
var KEY_START = 2;
var KEY_END = 3;
var VALUE_START = 4;
var VALUE_END = 5;
function fileData(table, lines, keyNames, aliases, globalKeys) {
  return { table, lines, keyNames, aliases, globalKeys, slab: void 0, start: void 0 };
}
var kindAt = (table, node) => table[node * STRIDE + KIND_SIZE] & 7;
var sizeAt = (table, node) => table[node * STRIDE + KIND_SIZE] >>> 3;
function rootOffsetsIn(table, node) {
  if (node < 0) return [-1, -1, -1, -1];
  const base = node * STRIDE;
  const value = [table[base + VALUE_START], table[base + VALUE_END]];
  if (kindAt(table, node) === MAP && sizeAt(table, node) > 1) {
    const first = (node + 1) * STRIDE;
    return [table[first + KEY_START], table[first + KEY_END], value[0], value[1]];
  }
  return [value[0], value[1], value[0], value[1]];
}
var CompactSourceMap = class _CompactSourceMap {
  // Plain fields, no arrays: one small object per resource is all a map adds to its file's table.
  constructor(file, root, rootKeyStart, rootKeyEnd, rootValueStart, rootValueEnd) {
    this.file = file;
    this.root = root;
    this.rootKeyStart = rootKeyStart;
    this.rootKeyEnd = rootKeyEnd;
    this.rootValueStart = rootValueStart;
    this.rootValueEnd = rootValueEnd;
  }
  file;
  root;
  rootKeyStart;
  rootKeyEnd;
  rootValueStart;
  rootValueEnd;
  static fromPortable({ file, root, rootOffsets }) {
    return new _CompactSourceMap(file, root, ...rootOffsets);
  }
  /** The map of the node at `node` of a finished table (-1: a document without contents). */
  static of(file, node) {
    return new _CompactSourceMap(file, node, ...rootOffsetsIn(file.table, node));
  }
  /** The map of the `index`th item of the `items` list (a `kind: List`); the last `items` key is the field. */
  listItem(index) {
    const table = tableOf(this.file);
    const keyNames = this.file.keyNames;
    const items = keyNames.indexOf("items");
    const root = this.root;
    let list = -1;
    if (root >= 0 && kindAt(table, root) === MAP && items >= 0) {
      for (let i = root + 1; i < root + sizeAt(table, root); i += sizeAt(table, i)) if (table[i * STRIDE + KEY_NAME] === items) list = i;
    }
    let found = -1;
    if (list >= 0 && kindAt(table, list) === SEQ) {
      let position = 0;
      for (let i = list + 1; i < list + sizeAt(table, list); i += sizeAt(table, i), position++) {
        if (position === index) {
          found = i;
          break;
        }
      }
    }
    return _CompactSourceMap.of(this.file, found);
  }
  get portable() {
    return { file: unpackedCopy(this.file), root: this.root, rootOffsets: [this.rootKeyStart, this.rootKeyEnd, this.rootValueStart, this.rootValueEnd] };
  }
  /**
   * Keeps the file's table packed (about a quarter of its size) from now on; each later `locate`
   * unpacks it again (the last few stay unpacked). For maps that outlive their file's checks.
   */
  pack() {
    if (this.file.slab === void 0) packFile(this.file);
  }
  range(table, start, end) {
    return start < 0 ? void 0 : offsetsToRange(table, start, end, this.file.lines);
  }
  locate(path4) {
    const table = tableOf(this.file);
    const { keyNames, aliases } = this.file;
    let found = -1;
    let exact = true;
    let node = this.root;
    if (node >= 0) {
      for (const segment of path4) {
        let at = node;
        if (kindAt(table, at) === ALIAS) at = aliases?.get(at) ?? -1;
        if (at < 0 || kindAt(table, at) === NONE) break;
        const kind = kindAt(table, at);
        const end = at + sizeAt(table, at);
        let child = -1;
        if (typeof segment === "number" && kind === SEQ) {
          let position = 0;
          for (let i = at + 1; i < end; i += sizeAt(table, i), position++) {
            if (position === segment) {
              child = i;
              break;
            }
          }
        } else if (kind === MAP) {
          const name = String(segment);
          for (let i = at + 1; i < end; i += sizeAt(table, i)) {
            const keyName = table[i * STRIDE + KEY_NAME];
            if (keyName >= 0 && keyNames[keyName] === name) child = i;
          }
        }
        if (child < 0) {
          exact = false;
          break;
        }
        found = child;
        node = child;
      }
    }
    if (found < 0)
      return { key: this.range(table, this.rootKeyStart, this.rootKeyEnd), value: this.range(table, this.rootValueStart, this.rootValueEnd), exact };
    const base = found * STRIDE;
    const key = this.range(table, table[base + KEY_START], table[base + KEY_END]);
    const value = this.range(table, table[base + VALUE_START], table[base + VALUE_END]) ?? (key ? emptyValueAfter(key) : void 0);
    return { key, value, exact };
  }
};
var keyTable = new StringTable();
var packedKeyNames = keyTable.strings;
var emptyTable = new Int32Array(0);
var slabSize = 1 << 20;
var slab = new Uint8Array(slabSize);
var slabUsed = 0;
var packScratch = new Uint8Array(1 << 16);
var unpackedFiles = [];
var keptUnpacked = 32;
function packedKeyId(name) {
  return keyTable.idOf(name);
}
function offsetCode(value, from) {
  if (value < 0) return 0;
  const delta = value - from;
  return (delta >= 0 ? delta * 2 : -delta * 2 - 1) + 1;
}
function offsetFrom(code, from) {
  if (code === 0) return -1;
  const zigzag = code - 1;
  return from + (zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2);
}
function packFile(file) {
  const table = file.table;
  const nodes = file.lines / STRIDE;
  const lineCount = table.length - file.lines;
  const ids = file.globalKeys ?? file.keyNames.map(packedKeyId);
  if (packScratch.length < (nodes * STRIDE + lineCount + 1) * 5) packScratch = new Uint8Array((nodes * STRIDE + lineCount + 1) * 5);
  const out = packScratch;
  let at = 0;
  const put = (value) => {
    while (value >= 128) {
      out[at++] = value % 128 | 128;
      value = Math.floor(value / 128);
    }
    out[at++] = value;
  };
  put(lineCount);
  let from = 0;
  for (let node = 0; node < nodes; node++) {
    const base = node * STRIDE;
    put(table[base + KIND_SIZE]);
    const keyName = table[base + KEY_NAME];
    put(keyName < 0 ? 0 : ids[keyName] + 1);
    const keyStart = table[base + KEY_START];
    put(offsetCode(keyStart, from));
    if (keyStart >= 0) from = keyStart;
    const keyEnd = table[base + KEY_END];
    put(offsetCode(keyEnd, from));
    if (keyEnd >= 0) from = keyEnd;
    const valueStart2 = table[base + VALUE_START];
    put(offsetCode(valueStart2, from));
    if (valueStart2 >= 0) from = valueStart2;
    put(offsetCode(table[base + VALUE_END], from));
  }
  let previous = 0;
  for (let i = file.lines; i < table.length; i++) {
    put(table[i] - previous);
    previous = table[i];
  }
  if (at > slabSize / 4) {
    file.slab = out.slice(0, at);
    file.start = 0;
  } else {
    if (slabUsed + at > slabSize) {
      slab = new Uint8Array(slabSize);
      slabUsed = 0;
    }
    slab.set(out.subarray(0, at), slabUsed);
    file.slab = slab;
    file.start = slabUsed;
    slabUsed += at;
  }
  file.table = emptyTable;
  file.keyNames = packedKeyNames;
  file.globalKeys = void 0;
}
function unpack(file) {
  const bytes = file.slab;
  let at = file.start;
  const get3 = () => {
    let value = 0;
    let scale = 1;
    for (; ; ) {
      const byte = bytes[at++];
      value += (byte & 127) * scale;
      if (byte < 128) return value;
      scale *= 128;
    }
  };
  const lineCount = get3();
  const table = new Int32Array(file.lines + lineCount);
  let from = 0;
  for (let base = 0; base < file.lines; base += STRIDE) {
    table[base + KIND_SIZE] = get3();
    table[base + KEY_NAME] = get3() - 1;
    const keyStart = offsetFrom(get3(), from);
    table[base + KEY_START] = keyStart;
    if (keyStart >= 0) from = keyStart;
    const keyEnd = offsetFrom(get3(), from);
    table[base + KEY_END] = keyEnd;
    if (keyEnd >= 0) from = keyEnd;
    const valueStart2 = offsetFrom(get3(), from);
    table[base + VALUE_START] = valueStart2;
    if (valueStart2 >= 0) from = valueStart2;
    table[base + VALUE_END] = offsetFrom(get3(), from);
  }
  let previous = 0;
  for (let i = file.lines; i < table.length; i++) {
    previous += get3();
    table[i] = previous;
  }
  return table;
}
function tableOf(file) {
  if (file.table !== emptyTable) return file.table;
  file.table = unpack(file);
  unpackedFiles.push(file);
  if (unpackedFiles.length > keptUnpacked) unpackedFiles.shift().table = emptyTable;
  return file.table;
}
function unpackedCopy(file) {
  if (file.slab === void 0) return file.globalKeys === void 0 ? file : fileData(file.table, file.lines, file.keyNames, file.aliases);
  const table = tableOf(file).slice();
  const keyNames = [];
  const local = /* @__PURE__ */ new Map();
  for (let base = 0; base < file.lines; base += STRIDE) {
    const id = table[base + KEY_NAME];
    if (id < 0) continue;
    let own = local.get(id);
    if (own === void 0) {
      own = keyNames.length;
      keyNames.push(packedKeyNames[id]);
      local.set(id, own);
    }
    table[base + KEY_NAME] = own;
  }
  return fileData(table, file.lines, keyNames, file.aliases);
}
var whitespace = /\s/;
function isBlank(code) {
  if (code <= 32) return code === 32 || code >= 9 && code <= 13;
  return code >= 128 && whitespace.test(String.fromCharCode(code));
}
var scratch = new Int32Array(STRIDE * 8192);
function ensure(nodes) {
  if (nodes * STRIDE <= scratch.length) return;
  const grown = new Int32Array(Math.max(scratch.length * 2, nodes * STRIDE));
  grown.set(scratch);
  scratch = grown;
}
var CompactMapBuilder = class _CompactMapBuilder {
  constructor(text3, lineStarts2) {
    this.text = text3;
    this.lineStarts = lineStarts2;
  }
  text;
  lineStarts;
  count = 0;
  keyIds = /* @__PURE__ */ new Map();
  /** The node at each index; only kept while building, to link aliases. */
  nodes = [];
  data = fileData(new Int32Array(0), 0, []);
  aliasTargets = /* @__PURE__ */ new Map();
  /** The map of one resource rooted at `root` (a document root or a List item). */
  add(document, root) {
    const first = this.count;
    const at = this.node(root, null, -1);
    this.linkAliases(document, first);
    return CompactSourceMap.fromPortable({ file: this.data, root: at, rootOffsets: rootOffsetsIn(scratch, at) });
  }
  finish() {
    const nodes = this.count * STRIDE;
    const table = new Int32Array(nodes + this.lineStarts.length);
    table.set(scratch.subarray(0, nodes));
    table.set(this.lineStarts, nodes);
    this.data.table = table;
    this.data.lines = nodes;
    this.nodes = [];
  }
  keyId(name) {
    let id = this.keyIds.get(name);
    if (id === void 0) {
      id = this.data.keyNames.length;
      this.data.keyNames.push(name);
      this.keyIds.set(name, id);
    }
    return id;
  }
  /**
   * A node's range as two offsets, written to scratch[at] and scratch[at + 1]: yaml's node range,
   * except that a null scalar is one character and block values lose the trailing blanks and
   * line breaks yaml counts in. (No tuples: this runs per node.)
   */
  writeOffsets(node, at) {
    const range = node?.range;
    if (!node || !range) {
      scratch[at] = -1;
      scratch[at + 1] = -1;
      return;
    }
    let end = range[1];
    if ((0, import_yaml4.isScalar)(node) && node.value === null) end = range[0] + 1;
    else while (end > range[0] + 1 && isBlank(this.text.charCodeAt(end - 1))) end--;
    scratch[at] = range[0];
    scratch[at + 1] = end;
  }
  /** A sequence item has no key: "this item" is anchored on its first key, if it is a mapping. */
  static firstKey(item) {
    const first = (0, import_yaml4.isMap)(item) ? item.items[0] : void 0;
    return first && (0, import_yaml4.isPair)(first) ? first.key : null;
  }
  /** Adds `node` with the key range of `keyNode` (the pair's key, a list item's first key, or null). */
  node(node, keyNode, keyName) {
    const at = this.count++;
    ensure(this.count);
    this.nodes[at] = node;
    const base = at * STRIDE;
    scratch[base + KEY_NAME] = keyName;
    this.writeOffsets(keyNode, base + KEY_START);
    this.writeOffsets(node, base + VALUE_START);
    let kind = LEAF;
    if (node === null || node === void 0) {
      kind = NONE;
    } else if ((0, import_yaml4.isMap)(node)) {
      kind = MAP;
      for (const pair of node.items) {
        if (!(0, import_yaml4.isPair)(pair)) continue;
        const keyNode2 = pair.key;
        this.node(pair.value, keyNode2, (0, import_yaml4.isScalar)(keyNode2) ? this.keyId(String(keyNode2.value)) : -1);
      }
    } else if ((0, import_yaml4.isSeq)(node)) {
      kind = SEQ;
      for (const item of node.items) this.node(item ?? null, _CompactMapBuilder.firstKey(item), -1);
    } else if ((0, import_yaml4.isAlias)(node)) {
      kind = ALIAS;
    }
    scratch[base + KIND_SIZE] = kind | this.count - at << 3;
    return at;
  }
  /**
   * Where each alias of a document points: the last node with that anchor before the alias, in
   * yaml's visit order (Alias.resolve's rule), found in one pass instead of one pass per alias.
   */
  targetsIn(document) {
    const cached = this.aliasTargets.get(document);
    if (cached) return cached;
    const lastWithAnchor = /* @__PURE__ */ new Map();
    const targets = /* @__PURE__ */ new Map();
    (0, import_yaml4.visit)(document, {
      Node: (_key, node) => {
        if ((0, import_yaml4.isAlias)(node)) targets.set(node, lastWithAnchor.get(node.source));
        else if (node.anchor) lastWithAnchor.set(node.anchor, node);
      }
    });
    this.aliasTargets.set(document, targets);
    return targets;
  }
  /** Links the aliases added since `first`, appending targets that lie outside the resource's subtree. */
  linkAliases(document, first) {
    let indexOf;
    for (let i = first; i < this.count; i++) {
      if ((scratch[i * STRIDE + KIND_SIZE] & 7) !== ALIAS) continue;
      const target = this.targetsIn(document).get(this.nodes[i]);
      if (!target) continue;
      if (!indexOf) {
        indexOf = /* @__PURE__ */ new Map();
        for (let j = first; j < this.count; j++) if (!indexOf.has(this.nodes[j])) indexOf.set(this.nodes[j], j);
      }
      let known = indexOf.get(target);
      if (known === void 0) {
        const appendedFrom = this.count;
        known = this.node(target, null, -1);
        for (let j = appendedFrom; j < this.count; j++) if (!indexOf.has(this.nodes[j])) indexOf.set(this.nodes[j], j);
      }
      (this.data.aliases ??= /* @__PURE__ */ new Map()).set(i, known);
    }
  }
};

// src/yaml/fast/scalars.ts
var MERGE = /* @__PURE__ */ Symbol("merge key");
var nullTest = /^(?:~|[Nn]ull|NULL)?$/;
var boolTest = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
var octTest = /^0o[0-7]+$/;
var intTest = /^[-+]?[0-9]+$/;
var hexTest = /^0x[0-9a-fA-F]+$/;
var nanTest = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var expTest = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var floatTest = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
var goBoolTest = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
var goTrue = /^(?:y|Y|yes|Yes|YES|on|On|ON)$/;
function resolvePlain(text3) {
  const first = text3.charCodeAt(0);
  if (first >= 97 && first <= 122 && first !== 110 && first !== 116 && first !== 102 && first !== 121 && first !== 111) return text3;
  if (first >= 97 && first <= 122 || first >= 65 && first <= 90) {
    if (text3.length > 5) return text3;
    if (nullTest.test(text3)) return null;
    if (boolTest.test(text3)) return first === 116 || first === 84;
    if (goBoolTest.test(text3)) return goTrue.test(text3);
    return text3;
  }
  if (nullTest.test(text3)) return null;
  if (boolTest.test(text3)) return first === 116 || first === 84;
  if (octTest.test(text3)) return parseInt(text3.substring(2), 8);
  if (intTest.test(text3)) return parseInt(text3, 10);
  if (hexTest.test(text3)) return parseInt(text3.substring(2), 16);
  if (nanTest.test(text3)) return text3.slice(-3).toLowerCase() === "nan" ? NaN : text3[0] === "-" ? -Infinity : Infinity;
  if (expTest.test(text3) || floatTest.test(text3)) return parseFloat(text3);
  if (goBoolTest.test(text3)) return goTrue.test(text3);
  if (text3 === "<<") return MERGE;
  return text3;
}

// src/yaml/fast/scanner.ts
var Fallback = class {
};
var FALLBACK = new Fallback();
function bail() {
  throw FALLBACK;
}
var NO_LEAF = 0;
var LEAF_WITH_END = 1;
var LEAF_WITHOUT_END = 2;
var SPACE = 32;
var TAB = 9;
var LF = 10;
var CR = 13;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var indicators = new Set("-?:,[]{}#&*!|>'\"%@`".split("").map((c) => c.charCodeAt(0)));
var flowIndicators = /* @__PURE__ */ new Set([44, 91, 93, 123, 125]);
var suspiciousCharacter = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]/;
var loneCR = /\r(?!\n)/;
var scratch2 = new Int32Array(STRIDE * 4096);
var emptyTable2 = new Int32Array(0);
var keyNameOf = new Int32Array(1024);
var keyScan = new Int32Array(1024);
var keyLocal = new Int32Array(1024);
var scans = 0;
var keyTaken = new Int32Array(1024);
var mapSerials = 0;
function growKeyArrays(size) {
  let length = keyNameOf.length;
  while (length <= size) length *= 2;
  const grow = (old) => {
    const grown = new Int32Array(length);
    grown.set(old);
    return grown;
  };
  keyNameOf = grow(keyNameOf);
  keyScan = grow(keyScan);
  keyLocal = grow(keyLocal);
  keyTaken = grow(keyTaken);
}
function repeated(serial, prop, out, name, nullKeys) {
  if (prop >= keyTaken.length) growKeyArrays(prop);
  const taken = keyTaken[prop];
  keyTaken[prop] = serial;
  if (taken < serial) return false;
  if (taken === serial) return true;
  return Object.hasOwn(out, name) || nullKeys?.has(name) === true;
}
var emptyName = -1;
var plainValues = [];
var escapes = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  '"': '"',
  "/": "/",
  "\\": "\\",
  " ": " "
};
var Scanner = class {
  constructor(text3, maxDepth) {
    this.text = text3;
    this.maxDepth = maxDepth;
    this.n = text3.length;
    this.table = emptyTable2;
    this.table = scratch2;
  }
  text;
  maxDepth;
  pos = 0;
  n;
  /** The shared scratch table (scans never overlap): the caller copies the nodes out before the next scan. */
  table;
  count = 0;
  scanId = ++scans;
  keyNames = [];
  globalKeys = [];
  /** Where the last node's trailing content (a same-line comment included) ends: yaml's range[2], trimmed. */
  tail = 0;
  /** The last node is an empty value with comments after it: yaml stretches its range over them, how far is not ours to say. */
  openTail = false;
  /** The kind of the last leaf value, until the collection that holds it closes. */
  lastLeaf = NO_LEAF;
  /** The deepest column of the trailing comments that closing collections pass up, or -1. */
  groupColumn = -1;
  /** The block mapping key key() found last (fields, not an object per key). */
  keyStart = 0;
  keyEnd = 0;
  keyColon = 0;
  /** The key's name: its id in keyTable; a null key has the name "null" but is the property "". */
  keyName = 0;
  keyNull = false;
  /** What plainLine() found last. */
  lineTextEnd = 0;
  lineNext = 0;
  lineComment = -1;
  /** How deep in flow collections the reader is. */
  flowLevel = 0;
  /** The last peek, by the line it started from: each collection that closes on a line asks again. */
  peekFrom = -1;
  /** What peek() found, one object rewritten by each peek: every caller reads it before the next peek. */
  peeked = { line: 0, indent: 0, at: 0, end: false, firstComment: -1, commentEnd: -1, blankThenOutdentedComment: false };
  scan() {
    if (suspiciousCharacter.test(this.text) || this.text.includes("\r") && loneCR.test(this.text)) bail();
    if (mapSerials > 2147483632) {
      keyTaken.fill(0);
      mapSerials = 0;
    }
    if (emptyName < 0) emptyName = keyTable.idOf("");
    const documents = [];
    let peek = this.peek(0);
    let first = true;
    while (first || peek.line < this.n) {
      let explicit = false;
      let emptyAt = -1;
      if (peek.line < this.n && peek.end) {
        explicit = true;
        let p = peek.at + 3;
        while (this.code(p) === SPACE) p++;
        emptyAt = p;
        const c = this.code(p);
        if (c === HASH) {
          if (p === peek.at + 3) bail();
        } else if (!this.eol(p)) bail();
        peek = this.peek(this.nextLine(p));
      }
      if (peek.end) {
        if (!explicit) {
          if (!first) bail();
          documents.push({ value: void 0, empty: true, node: -1 });
          break;
        }
        const slot = this.alloc(1);
        this.setKey(slot, -1, -1, -1);
        this.leaf(slot, emptyAt, emptyAt + 1);
        documents.push({ value: void 0, empty: true, node: slot });
      } else {
        const slot = this.alloc(1);
        this.setKey(slot, -1, -1, -1);
        this.pos = peek.at;
        const value = this.blockNode(slot, -1, 1, peek);
        peek = this.peek(this.pos);
        if (!peek.end) bail();
        const empty = value === null && this.kind(slot) === LEAF;
        documents.push({ value: value === null ? void 0 : value, empty, node: slot });
      }
      first = false;
    }
    return { documents, table: this.table, nodes: this.count, keyNames: this.keyNames, globalKeys: this.globalKeys };
  }
  // ---- characters and lines
  code(p) {
    return p < this.n ? this.text.charCodeAt(p) : -1;
  }
  eol(p) {
    if (p >= this.n) return true;
    const c = this.text.charCodeAt(p);
    return c === LF || c === CR;
  }
  nextLine(p) {
    const at = this.text.indexOf("\n", p);
    return at < 0 ? this.n : at + 1;
  }
  /** End of the line's text (before CR LF). */
  lineEnd(p) {
    let at = this.text.indexOf("\n", p);
    if (at < 0) at = this.n;
    return at > 0 && this.text.charCodeAt(at - 1) === CR ? at - 1 : at;
  }
  isDocMarker(line) {
    const t = this.text;
    if (!(t.startsWith("---", line) || t.startsWith("...", line))) return false;
    const c = this.code(line + 3);
    if (!(c === -1 || c === SPACE || c === TAB || c === LF || c === CR)) return false;
    if (t.charCodeAt(line) === 46) bail();
    return true;
  }
  /** The next content line from the line start `line`, over blank and comment lines (close() places the comments). */
  peek(line) {
    const result = this.peeked;
    if (line === this.peekFrom) return result;
    const from = line;
    const t = this.text;
    let firstComment = -1;
    let commentEnd = -1;
    let blank = false;
    let blankThenOutdentedComment = false;
    result.line = this.n;
    result.indent = -1;
    result.at = this.n;
    result.end = true;
    while (line < this.n) {
      let p = line;
      while (t.charCodeAt(p) === SPACE) p++;
      const c = this.code(p);
      if (c === TAB) bail();
      if (c === -1 || c === LF || c === CR) {
        blank = true;
        line = this.nextLine(p);
        continue;
      }
      if (c === HASH) {
        if (blank && p === line) blankThenOutdentedComment = true;
        if (firstComment < 0) firstComment = line;
        const stop = this.lineEnd(p);
        commentEnd = this.trim(p, stop);
        line = stop < this.n ? this.nextLine(stop) : this.n;
        continue;
      }
      const indent = p - line;
      result.end = indent === 0 && this.isDocMarker(line);
      result.line = line;
      result.indent = indent;
      result.at = p;
      break;
    }
    result.firstComment = firstComment;
    result.commentEnd = commentEnd;
    result.blankThenOutdentedComment = blankThenOutdentedComment;
    this.peekFrom = from;
    return result;
  }
  // ---- the table
  alloc(depth) {
    if (depth > this.maxDepth) bail();
    const at = this.count++;
    if (this.count * STRIDE > this.table.length) {
      const grown = new Int32Array(this.table.length * 2);
      grown.set(this.table);
      this.table = grown;
      scratch2 = grown;
    }
    return at;
  }
  /** The file's id for the key named keyTable.strings[name]. */
  keyId(name) {
    if (name >= keyScan.length) growKeyArrays(name);
    if (keyScan[name] === this.scanId) return keyLocal[name];
    const id = this.keyNames.length;
    this.keyNames.push(keyTable.strings[name]);
    this.globalKeys.push(name);
    keyScan[name] = this.scanId;
    keyLocal[name] = id;
    return id;
  }
  /** The name of the plain key text[start, end): its id in keyTable, or -(id + 1) for a null key (named "null"). */
  plainKeyName(start, end) {
    const raw = keyTable.idOfRange(this.text, start, end);
    if (raw >= keyNameOf.length) growKeyArrays(raw);
    const known = keyNameOf[raw];
    if (known !== 0) return known > 0 ? known - 1 : known;
    const resolved = resolvePlain(keyTable.strings[raw]);
    if (resolved === MERGE) bail();
    const name = typeof resolved === "string" ? raw : keyTable.idOf(String(resolved));
    keyNameOf[raw] = resolved === null ? -(name + 1) : name + 1;
    return resolved === null ? -(name + 1) : name;
  }
  /** The value of the plain scalar text[start, end) (one line), as resolvePlain and compactString give it. */
  plainValue(start, end) {
    const id = isShareable(end - start) ? sharedValues.idOfRange(this.text, start, end) : -1;
    if (id < 0) {
      const resolved2 = resolvePlain(this.text.slice(start, end));
      if (resolved2 === MERGE) bail();
      return typeof resolved2 === "string" ? compactString(resolved2) : resolved2;
    }
    while (plainValues.length <= id) plainValues.push(void 0);
    let resolved = plainValues[id];
    if (resolved === void 0) resolved = plainValues[id] = resolvePlain(sharedValues.strings[id]);
    if (resolved === MERGE) bail();
    return resolved;
  }
  setKey(slot, name, start, end) {
    if (end - start > 1e3) bail();
    const base = slot * STRIDE;
    this.table[base + KEY_NAME] = name;
    this.table[base + KEY_START] = start;
    this.table[base + KEY_END] = end;
  }
  leaf(slot, start, end) {
    const base = slot * STRIDE;
    this.table[base + KIND_SIZE] = LEAF | 1 << 3;
    this.table[base + VALUE_START] = start;
    this.table[base + VALUE_END] = end;
  }
  collection(slot, kind, start, end) {
    const base = slot * STRIDE;
    this.table[base + KIND_SIZE] = kind | this.count - slot << 3;
    this.table[base + VALUE_START] = start;
    this.table[base + VALUE_END] = end;
  }
  kind(slot) {
    return this.table[slot * STRIDE + KIND_SIZE] & 7;
  }
  /** CompactMapBuilder's trimming, with its isBlank: a block node's range loses its trailing blanks, Unicode ones too. */
  trim(start, end) {
    const t = this.text;
    while (end > start + 1 && isBlank(t.charCodeAt(end - 1))) end--;
    return end;
  }
  /** A scalar's value; null values are one character long in the map. */
  scalar(slot, value, start, end) {
    this.leaf(slot, start, value === null ? start + 1 : end);
  }
  // ---- block structure
  /**
   * Where a collection that closes before `peek` ends, and what its parents see (this.tail). yaml
   * gives the comment lines after the last value to the innermost collection: those more indented
   * than it, before any other, join the value's end (when it has one) and so the collection's range.
   * The rest stay out of its range; as collections close they move up to the parent while all are
   * less indented than the closing one (or it is in column 0), and the first one that keeps them
   * ends where they end for its own parents.
   */
  close(peek, column, start) {
    if (this.openTail) bail();
    if (this.lastLeaf !== NO_LEAF) {
      this.groupColumn = -1;
      if (peek.firstComment >= 0) {
        let attaching = this.lastLeaf === LEAF_WITH_END;
        const t = this.text;
        for (let line = peek.firstComment; line < peek.line; ) {
          let p = line;
          while (t.charCodeAt(p) === SPACE) p++;
          if (t.charCodeAt(p) === HASH) {
            const at = p - line;
            if (attaching && at > column) this.tail = this.trim(p, this.lineEnd(p));
            else {
              attaching = false;
              if (at > this.groupColumn) this.groupColumn = at;
            }
          }
          line = this.nextLine(p);
        }
      }
      this.lastLeaf = NO_LEAF;
    }
    const own = this.trim(start, this.tail);
    if (this.groupColumn >= 0 && column !== 0 && this.groupColumn >= column) {
      this.tail = peek.commentEnd;
      this.groupColumn = -1;
    }
    return own;
  }
  /** A node that starts on its own line (a document root, or a value below its key or dash). */
  blockNode(slot, parentIndent, depth, peek) {
    const p = peek.at;
    this.pos = p;
    if (this.isDash(p)) return this.blockSeq(slot, peek.indent, depth);
    if (this.key(p)) return this.blockMap(slot, peek.indent, depth);
    if (parentIndent < 0 && this.code(p) !== 123 && this.code(p) !== 91) bail();
    return this.inline(slot, parentIndent, depth);
  }
  isDash(p) {
    if (this.code(p) !== DASH) return false;
    const c = this.code(p + 1);
    if (c === TAB) bail();
    return c === SPACE || c === -1 || c === LF || c === CR;
  }
  blockSeq(slot, column, depth) {
    const out = [];
    const start = this.pos;
    let end;
    for (; ; ) {
      const dash = this.pos;
      this.openTail = false;
      const item = this.alloc(depth + 1);
      this.setKey(item, -1, -1, -1);
      let p = dash + 1;
      while (this.code(p) === SPACE) p++;
      if (this.code(p) === TAB) bail();
      let value;
      if (this.eol(p) || this.code(p) === HASH) {
        value = this.valueBelow(item, column, depth + 1, p, false);
      } else if (this.isDash(p)) {
        bail();
      } else {
        const key = this.key(p);
        this.pos = p;
        value = key ? this.blockMap(item, p - this.lineStartOf(p), depth + 1) : this.inline(item, column, depth + 1);
      }
      if (this.kind(item) === MAP && this.count > item + 1) {
        const base = (item + 1) * STRIDE;
        this.setKey(item, -1, this.table[base + KEY_START], this.table[base + KEY_END]);
      }
      out.push(value ?? null);
      const peek = this.peek(this.pos);
      if (peek.end || peek.indent < column || peek.indent === column && !this.isDash(peek.at)) {
        end = this.close(peek, column, start);
        break;
      }
      if (peek.indent > column) bail();
      this.lastLeaf = NO_LEAF;
      this.groupColumn = -1;
      this.pos = peek.at;
    }
    this.collection(slot, SEQ, start, end);
    return out;
  }
  lineStartOf(p) {
    return this.text.lastIndexOf("\n", p - 1) + 1;
  }
  /** A block mapping whose first key key() has just read. */
  blockMap(slot, column, depth) {
    const out = {};
    const serial = ++mapSerials;
    let nullKeys;
    const start = this.keyStart;
    let key = true;
    let end;
    for (; ; ) {
      if (!key) bail();
      this.openTail = false;
      const id = this.keyId(this.keyName);
      const name = this.keyNull ? "" : keyTable.strings[this.keyName];
      const isNull = this.keyNull;
      if (repeated(serial, isNull ? emptyName : this.keyName, out, name, nullKeys)) bail();
      const child = this.alloc(depth + 1);
      const keyStart = this.keyStart;
      this.setKey(child, id, keyStart, isNull ? keyStart + 1 : this.keyEnd);
      let p = this.keyColon + 1;
      while (this.code(p) === SPACE) p++;
      if (this.code(p) === TAB) {
        if (!this.blankToEnd(p)) bail();
        while (this.code(p) === SPACE || this.code(p) === TAB) p++;
      }
      let value;
      if (this.eol(p) || this.code(p) === HASH) value = this.valueBelow(child, column, depth + 1, p, true);
      else {
        this.pos = p;
        value = this.inline(child, column, depth + 1);
      }
      if (value === null) (nullKeys ??= /* @__PURE__ */ new Set()).add(name);
      else if (name === "__proto__") Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
      const peek = this.peek(this.pos);
      if (peek.end || peek.indent < column || peek.indent === column && this.isDash(peek.at)) {
        end = this.close(peek, column, start);
        break;
      }
      if (peek.indent > column) bail();
      this.lastLeaf = NO_LEAF;
      this.groupColumn = -1;
      key = this.key(peek.at);
      this.pos = peek.at;
    }
    this.collection(slot, MAP, start, end);
    return out;
  }
  /** The value of `key:` or `-` with nothing else on the line (but maybe a comment): below, or null. */
  valueBelow(slot, column, depth, p, inMap) {
    let commentEnd = -1;
    if (this.code(p) === HASH) {
      if (this.code(p - 1) !== SPACE && this.code(p - 1) !== TAB) bail();
      commentEnd = this.trim(p, this.lineEnd(p));
    }
    const peek = this.peek(this.nextLine(p));
    if (!peek.end && (peek.indent > column || inMap && peek.indent === column && this.isDash(peek.at))) {
      if (peek.blankThenOutdentedComment) bail();
      return this.blockNode(slot, column, depth, peek);
    }
    this.leaf(slot, p, p + 1);
    this.tail = commentEnd >= 0 ? commentEnd : p;
    this.openTail = commentEnd >= 0 || peek.firstComment >= 0;
    this.lastLeaf = LEAF_WITH_END;
    this.pos = this.nextLine(p);
    return null;
  }
  /** A node that starts on the current line after a key, a dash, or alone on its line: a scalar or flow collection. */
  inline(slot, parentIndent, depth) {
    const p = this.pos;
    const c = this.code(p);
    let value;
    if (c === 34 || c === 39) {
      const start = p;
      value = this.quotedValue(p, parentIndent);
      this.leaf(slot, start, this.pos);
      this.endOfLine(this.pos);
      return value;
    }
    if (c === 91 || c === 123) {
      value = this.flow(slot, parentIndent, depth);
      this.endOfLine(this.pos);
      return value;
    }
    if (c === 124 || c === 62) return this.blockScalar(slot, parentIndent);
    if (indicators.has(c)) {
      const next = this.code(p + 1);
      if (!((c === DASH || c === 63 || c === COLON) && next !== SPACE && next !== TAB && next !== -1 && next !== LF && next !== CR && !flowIndicators.has(next)))
        bail();
    }
    return this.plain(slot, parentIndent);
  }
  /** After a scalar or flow collection: blanks, maybe a comment, then the line ends. */
  endOfLine(p) {
    this.lastLeaf = LEAF_WITH_END;
    this.tail = p;
    let q = p;
    while (this.code(q) === SPACE) q++;
    const c = this.code(q);
    if (c === HASH && q > p) this.tail = this.trim(q, this.lineEnd(q));
    else if (!this.eol(q)) bail();
    this.pos = this.nextLine(q);
  }
  // ---- scalars
  /** A plain scalar in block context, over several lines when they are indented past `parentIndent`. */
  plain(slot, parentIndent) {
    const t = this.text;
    const start = this.pos;
    this.plainLine(start);
    let end = this.lineTextEnd;
    let next = this.lineNext;
    let comment = this.lineComment;
    let folded;
    let line = next;
    while (comment < 0 && line < this.n) {
      let blanks = 0;
      let q = line;
      let p = q;
      for (; ; ) {
        p = q;
        while (t.charCodeAt(p) === SPACE) p++;
        if (this.code(p) === TAB) bail();
        if (!this.eol(p) || p >= this.n) break;
        blanks++;
        q = this.nextLine(p);
      }
      if (p >= this.n || p - q <= parentIndent) break;
      const c = t.charCodeAt(p);
      if (c === HASH) break;
      if (p === q && this.isDocMarker(q)) break;
      this.plainLine(p);
      folded = (folded ?? t.slice(start, end)) + (blanks === 0 ? " " : "\n".repeat(blanks)) + t.slice(p, this.lineTextEnd);
      end = this.lineTextEnd;
      next = this.lineNext;
      comment = this.lineComment;
      line = next;
    }
    let resolved;
    if (folded === void 0) resolved = this.plainValue(start, end);
    else {
      const folding = resolvePlain(folded);
      if (folding === MERGE) bail();
      resolved = typeof folding === "string" ? compactString(folding) : folding;
    }
    this.scalar(slot, resolved, start, end);
    this.tail = comment >= 0 ? comment : end;
    this.lastLeaf = LEAF_WITH_END;
    this.pos = next;
    return resolved;
  }
  /** One line of a plain scalar: where its text ends, where the next line starts, where a trailing comment ends (fields, not an object per line). */
  plainLine(p) {
    const t = this.text;
    const stop = this.lineEnd(p);
    let end = p;
    for (let q = p; q < stop; q++) {
      const c = t.charCodeAt(q);
      if (c === SPACE || c === TAB) {
        if (t.charCodeAt(q + 1) === HASH) {
          if (end > p) this.plainEdges(p, end);
          this.lineTextEnd = end;
          this.lineNext = this.nextLine(q);
          this.lineComment = this.trim(q + 1, stop);
          return;
        }
        continue;
      }
      if (c === COLON) {
        const after = q + 1 < stop ? t.charCodeAt(q + 1) : SPACE;
        if (after === SPACE || after === TAB) bail();
      }
      end = q + 1;
    }
    if (end > p) this.plainEdges(p, end);
    this.lineTextEnd = end;
    this.lineNext = this.nextLine(stop);
    this.lineComment = -1;
  }
  /**
   * A quoted scalar from its opening quote; sets pos after the closing quote. null when nothing was
   * escaped or folded: the value is then the text between the quotes, which callers look up as a range.
   */
  quoted(p, parentIndent) {
    const t = this.text;
    const double = t.charCodeAt(p) === 34;
    let out = "";
    let q = p + 1;
    let runStart = q;
    for (; ; ) {
      if (q >= this.n) bail();
      const c = t.charCodeAt(q);
      if (double && c === 34) break;
      if (!double && c === 39) {
        if (t.charCodeAt(q + 1) === 39) {
          out += t.slice(runStart, q + 1);
          q += 2;
          runStart = q;
          continue;
        }
        break;
      }
      if (double && c === 92) {
        out += t.slice(runStart, q);
        const e = t[q + 1] ?? "";
        if (e === "\n" || e === "\r" && t.charCodeAt(q + 2) === LF) {
          let s = this.nextLine(q + 1);
          const line = s;
          while (t.charCodeAt(s) === SPACE) s++;
          if (this.code(s) === TAB || this.eol(s) || s - line <= parentIndent) bail();
          if (s === line && (t.startsWith("---", line) || t.startsWith("...", line))) bail();
          q = s;
        } else if (e in escapes) {
          out += escapes[e];
          q += 2;
        } else if (e === "x" || e === "u" || e === "U") {
          const length = e === "x" ? 2 : e === "u" ? 4 : 8;
          const hex = t.slice(q + 2, q + 2 + length);
          if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(hex)) bail();
          const code = parseInt(hex, 16);
          if (code > 1114111) bail();
          out += String.fromCodePoint(code);
          q += 2 + length;
        } else bail();
        runStart = q;
        continue;
      }
      if (c === LF || c === CR) {
        let trimmed = q;
        while (trimmed > runStart && (t.charCodeAt(trimmed - 1) === SPACE || t.charCodeAt(trimmed - 1) === TAB)) trimmed--;
        if (double && trimmed > runStart && t.charCodeAt(trimmed - 1) === 92) bail();
        out += t.slice(runStart, trimmed);
        let breaks = 0;
        let r = q;
        for (; ; ) {
          r = this.nextLine(r);
          let s = r;
          while (t.charCodeAt(s) === SPACE) s++;
          if (this.code(s) === TAB) bail();
          if (s >= this.n) bail();
          if (this.eol(s)) {
            breaks++;
            continue;
          }
          if (s - r <= parentIndent) bail();
          if (s === r && (t.startsWith("---", r) || t.startsWith("...", r))) bail();
          q = s;
          break;
        }
        out += breaks === 0 ? " " : "\n".repeat(breaks);
        runStart = q;
        continue;
      }
      q++;
    }
    this.pos = q + 1;
    if (runStart === p + 1) return null;
    return out + t.slice(runStart, q);
  }
  /** A quoted scalar's value, as compactString gives it. */
  quotedValue(p, parentIndent) {
    const text3 = this.quoted(p, parentIndent);
    return text3 === null ? compactRange(this.text, p + 1, this.pos - 1) : compactString(text3);
  }
  /** A quoted key's name: its id in keyTable. */
  quotedKeyName(p, parentIndent) {
    const text3 = this.quoted(p, parentIndent);
    return text3 === null ? keyTable.idOfRange(this.text, p + 1, this.pos - 1) : keyTable.idOf(text3);
  }
  /** `|` and `>` with an optional chomping indicator; nothing unusual (indentation indicators, more-indented folded lines). */
  blockScalar(slot, parentIndent) {
    const t = this.text;
    const start = this.pos;
    const literal = t.charCodeAt(start) === 124;
    let p = start + 1;
    let chomp = 0;
    if (t.charCodeAt(p) === DASH) {
      chomp = -1;
      p++;
    } else if (t.charCodeAt(p) === 43) {
      chomp = 1;
      p++;
    }
    if (t.charCodeAt(p) === SPACE) {
      while (t.charCodeAt(p) === SPACE) p++;
      if (t.charCodeAt(p) === HASH) p = this.lineEnd(p);
    }
    if (!this.eol(p)) bail();
    if (parentIndent < 0) bail();
    const lines = [];
    let indent = -1;
    let line = this.nextLine(p);
    let lastContentEnd = -1;
    let next = line;
    let trailingEmpty = 0;
    while (line < this.n) {
      let s = line;
      while (t.charCodeAt(s) === SPACE) s++;
      const ending = this.lineEnd(line);
      if (s >= ending) {
        if (this.code(s) === TAB) bail();
        if (indent >= 0 && s - line > indent) {
          if (!literal) bail();
          lines.push(t.slice(line + indent, s));
          trailingEmpty = 0;
          line = this.nextLine(s);
          next = line;
          continue;
        }
        trailingEmpty++;
        lines.push("");
        line = this.nextLine(s);
        continue;
      }
      const column = s - line;
      if (indent < 0) {
        if (column <= parentIndent) break;
        indent = column;
        for (let l = this.nextLine(p); l < line; l = this.nextLine(l)) if (this.lineEnd(l) - l > indent) bail();
      }
      if (column < indent) break;
      if (column === 0 && this.isDocMarker(line)) break;
      if (!literal && t.charCodeAt(line + indent) === TAB) bail();
      const content = t.slice(line + indent, ending);
      if (!literal && (column > indent || content.charCodeAt(0) === TAB)) bail();
      lines.push(content);
      trailingEmpty = 0;
      lastContentEnd = this.trim(start, ending);
      line = this.nextLine(ending);
      next = line;
    }
    if (indent < 0) bail();
    if (chomp === 1 && trailingEmpty > 0) bail();
    const body = lines.slice(0, lines.length - trailingEmpty);
    let value;
    if (literal) value = body.join("\n");
    else {
      value = "";
      let emptyRun = 0;
      body.forEach((content, i) => {
        if (content === "") {
          emptyRun++;
          return;
        }
        if (i > 0) value += emptyRun > 0 ? "\n".repeat(emptyRun) : " ";
        else value += "\n".repeat(emptyRun);
        emptyRun = 0;
        value += content;
      });
    }
    if (chomp === 0) value += "\n";
    else if (chomp === 1) value += "\n" + "\n".repeat(trailingEmpty);
    this.leaf(slot, start, lastContentEnd);
    this.tail = lastContentEnd;
    this.lastLeaf = LEAF_WITHOUT_END;
    this.pos = next;
    return compactString(value);
  }
  // ---- flow collections
  /**
   * Blanks, line breaks and comments inside a flow collection; its lines must be indented past the
   * parent, but for a closing bracket of the outermost collection in the parent's column (yaml's lexer allows it).
   */
  flowSpace(p, parentIndent) {
    const t = this.text;
    for (; ; ) {
      const c = this.code(p);
      if (c === SPACE) p++;
      else if (c === LF || c === CR) {
        p = this.nextLine(p);
        const line = p;
        while (t.charCodeAt(p) === SPACE) p++;
        if (this.eol(p)) continue;
        const d = t.charCodeAt(p);
        if (d === HASH) continue;
        if (p - line <= parentIndent && !(p - line === parentIndent && this.flowLevel === 1 && (d === 93 || d === 125))) bail();
        if (p === line && (t.startsWith("---", line) || t.startsWith("...", line))) bail();
      } else if (c === HASH) {
        if (t.charCodeAt(p - 1) !== SPACE) bail();
        p = this.lineEnd(p);
      } else if (c === TAB || c === -1) bail();
      else return p;
    }
  }
  flow(slot, parentIndent, depth) {
    const t = this.text;
    const start = this.pos;
    const isMap7 = t.charCodeAt(start) === 123;
    const close = isMap7 ? 125 : 93;
    this.flowLevel++;
    let p = this.flowSpace(start + 1, parentIndent);
    const seq = [];
    const map = {};
    const serial = isMap7 ? ++mapSerials : 0;
    let nullKeys;
    let firstItem = true;
    while (t.charCodeAt(p) !== close) {
      if (!firstItem) {
        if (t.charCodeAt(p) !== 44) bail();
        p = this.flowSpace(p + 1, parentIndent);
        if (t.charCodeAt(p) === close) break;
      }
      firstItem = false;
      if (isMap7) {
        const keyStart = p;
        let named;
        let keyEnd;
        const c = t.charCodeAt(p);
        if (c === 34 || c === 39) {
          named = this.quotedKeyName(p, parentIndent);
          keyEnd = this.pos;
          if (t.charCodeAt(keyEnd) !== COLON) {
            p = this.flowSpace(keyEnd, parentIndent);
            if (t.charCodeAt(p) !== COLON) bail();
            const after = this.code(p + 1);
            if (after !== SPACE && after !== LF && after !== CR) bail();
          } else p = keyEnd;
        } else {
          keyEnd = this.flowPlainEnd(p, true);
          named = this.plainKeyName(p, keyEnd);
          p = keyEnd;
          if (t.charCodeAt(p) !== COLON) bail();
        }
        const isNull = named < 0;
        const nameId = isNull ? -named - 1 : named;
        const name = isNull ? "" : keyTable.strings[nameId];
        if (repeated(serial, isNull ? emptyName : nameId, map, name, nullKeys)) bail();
        const child = this.alloc(depth + 1);
        this.setKey(child, this.keyId(nameId), keyStart, isNull ? keyStart + 1 : keyEnd);
        p = this.flowSpace(p + 1, parentIndent);
        const value = this.flowItem(child, p, parentIndent, depth + 1);
        p = this.flowSpace(this.pos, parentIndent);
        if (value === null) (nullKeys ??= /* @__PURE__ */ new Set()).add(name);
        else Object.defineProperty(map, name, { value, enumerable: true, writable: true, configurable: true });
      } else {
        const item = this.alloc(depth + 1);
        this.setKey(item, -1, -1, -1);
        const value = this.flowItem(item, p, parentIndent, depth + 1);
        if (this.kind(item) === MAP && this.count > item + 1) {
          const base = (item + 1) * STRIDE;
          this.setKey(item, -1, this.table[base + KEY_START], this.table[base + KEY_END]);
        }
        p = this.flowSpace(this.pos, parentIndent);
        if (t.charCodeAt(p) === COLON) bail();
        seq.push(value ?? null);
      }
    }
    this.flowLevel--;
    this.pos = p + 1;
    this.collection(slot, isMap7 ? MAP : SEQ, start, p + 1);
    return isMap7 ? map : seq;
  }
  flowItem(slot, p, parentIndent, depth) {
    const c = this.text.charCodeAt(p);
    this.pos = p;
    if (c === 91 || c === 123) return this.flow(slot, parentIndent, depth);
    if (c === 34 || c === 39) {
      const value = this.quotedValue(p, parentIndent);
      this.leaf(slot, p, this.pos);
      return value;
    }
    const end = this.flowPlainEnd(p, false);
    const resolved = this.plainValue(p, end);
    this.scalar(slot, resolved, p, end);
    this.pos = end;
    return resolved;
  }
  /** End of a one-line plain scalar inside a flow collection. */
  flowPlainEnd(p, key) {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (indicators.has(c)) {
      const next = this.code(p + 1);
      if (!((c === DASH || c === 63 || c === COLON) && next !== SPACE && next !== TAB && next !== -1 && next !== LF && next !== CR && !flowIndicators.has(next)))
        bail();
    }
    let end = p;
    let q = p;
    for (; q < this.n; q++) {
      const d = t.charCodeAt(q);
      if (d === LF || d === CR || flowIndicators.has(d)) break;
      if (d === SPACE || d === TAB) {
        if (t.charCodeAt(q + 1) === HASH) break;
        continue;
      }
      if (d === COLON) {
        const after = this.code(q + 1);
        if (after === TAB) bail();
        if (after === SPACE || after === LF || after === CR || after === -1 || flowIndicators.has(after)) {
          if (!key) bail();
          this.openTail = false;
          break;
        }
      }
      end = q + 1;
    }
    if (end === p) bail();
    if (end < q && t.charCodeAt(end) === TAB) bail();
    this.plainEdges(p, end);
    if (q < this.n && (t.charCodeAt(q) === LF || t.charCodeAt(q) === CR)) {
      const after = this.flowSpace(q, -1);
      const d = t.charCodeAt(after);
      if (!(flowIndicators.has(d) || key && d === COLON)) bail();
    }
    return end;
  }
  /** yaml's plain scalar ranges leave out Unicode blanks at their edges (its values keep them): leave those to yaml. */
  plainEdges(start, end) {
    const first = this.text.charCodeAt(start);
    const last = this.text.charCodeAt(end - 1);
    if (first >= 128 && isBlank(first) || last >= 128 && isBlank(last)) bail();
  }
  // ---- keys
  /** A block mapping key starting at p (`name:` or `"name":`), or null when the line is not a key. */
  key(p) {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === 34 || c === 39) {
      const stop2 = this.lineEnd(p);
      let q = p + 1;
      for (; q < stop2; q++) {
        const d = t.charCodeAt(q);
        if (c === 34 && d === 92) q++;
        else if (d === c) {
          if (c === 39 && t.charCodeAt(q + 1) === 39) q++;
          else break;
        }
      }
      if (q >= stop2) return false;
      let r = q + 1;
      while (t.charCodeAt(r) === SPACE) r++;
      if (t.charCodeAt(r) !== COLON) return false;
      const after = this.code(r + 1);
      if (after === TAB && !this.blankToEnd(r + 1)) bail();
      if (!(after === SPACE || after === TAB || this.eol(r + 1))) return false;
      return this.setKeyFound(p, q + 1, r, this.quotedKeyName(p, -1));
    }
    if (indicators.has(c)) {
      const next = this.code(p + 1);
      if (!((c === DASH || c === 63 || c === COLON) && next !== SPACE && next !== TAB && next !== -1 && next !== LF && next !== CR)) return false;
    }
    const stop = this.lineEnd(p);
    let end = p;
    for (let q = p; q < stop; q++) {
      const d = t.charCodeAt(q);
      if (d === SPACE || d === TAB) {
        if (t.charCodeAt(q + 1) === HASH) return false;
        continue;
      }
      if (d === COLON) {
        const after = q + 1 < stop ? t.charCodeAt(q + 1) : SPACE;
        if (after === TAB && !this.blankToEnd(q + 1)) bail();
        if (after === SPACE || after === TAB) {
          if (end < q && t.charCodeAt(end) === TAB) bail();
          this.plainEdges(p, end);
          return this.setKeyFound(p, end, q, this.plainKeyName(p, end));
        }
      }
      end = q + 1;
    }
    return false;
  }
  /** Only blanks from p to the end of the line, or up to a comment. */
  blankToEnd(p) {
    for (; ; ) {
      const c = this.code(p);
      if (c === SPACE || c === TAB) p++;
      else return c === -1 || c === LF || c === CR || c === HASH && p > 0;
    }
  }
  /** `named`: as plainKeyName gives it (a quoted key's is never null). */
  setKeyFound(start, end, colon, named) {
    this.keyStart = start;
    this.keyEnd = end;
    this.keyColon = colon;
    this.keyNull = named < 0;
    this.keyName = named < 0 ? -named - 1 : named;
    return true;
  }
};

// src/yaml/fast/index.ts
var fastPath = { enabled: process.env.KUBEGRADE_YAML_FAST !== "0" };
function fastParseYamlStream(text3, limits) {
  if (!fastPath.enabled) return void 0;
  let scanned;
  try {
    scanned = new Scanner(text3, limits.maxDepth).scan();
  } catch (error2) {
    if (error2 === FALLBACK) return void 0;
    return void 0;
  }
  const lineStarts2 = lineStartsOf(text3);
  const nodes = scanned.nodes * STRIDE;
  const table = new Int32Array(nodes + lineStarts2.length);
  table.set(scanned.table.subarray(0, nodes));
  table.set(lineStarts2, nodes);
  const file = fileData(table, nodes, scanned.keyNames, void 0, scanned.globalKeys);
  const documents = scanned.documents.map((doc, index) => ({
    index,
    value: doc.value,
    broken: false,
    empty: doc.empty,
    map: CompactSourceMap.of(file, doc.node)
  }));
  return { documents, findings: [], lineStarts: lineStarts2, text: text3 };
}

// src/yaml/parsed.ts
var defaultParseLimits = { maxAliasCount: 100, maxDepth: 128 };

// src/yaml/depth-scan.ts
var collections = /* @__PURE__ */ new Set(["block-map", "block-seq", "flow-collection"]);
function cutDeepNesting(tokens, maxDepth) {
  const found = [];
  let documentIndex = -1;
  for (const token of tokens) {
    if (token.type !== "document") continue;
    documentIndex++;
    let first;
    const stack = [[token, "value", 1]];
    while (stack.length > 0) {
      const [slot, field, depth] = stack.pop();
      const node = slot[field];
      if (!node) continue;
      const isCollection = collections.has(node.type);
      const counts = field === "value" || isCollection;
      if (counts && depth > maxDepth) {
        if (first === void 0 || node.offset < first) first = node.offset;
        if (isCollection) slot[field] = void 0;
        continue;
      }
      if (!isCollection) continue;
      const items = node.items;
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (item.value) stack.push([item, "value", depth + 1]);
        if (item.key) stack.push([item, "key", depth + 1]);
      }
    }
    if (first !== void 0) found.push({ document: documentIndex, offset: first });
  }
  return found;
}

// src/yaml/expansion.ts
var import_yaml5 = __toESM(require_dist(), 1);
function expansionLimit(textLength) {
  return Math.max(4 * textLength, 16 * 1024);
}
var open = { size: Infinity, height: Infinity };
var ExpansionBudget = class {
  constructor(limit, maxDepth) {
    this.limit = limit;
    this.maxDepth = maxDepth;
  }
  limit;
  maxDepth;
  used = 0;
  /** Measures one document; the first problem found, or undefined. */
  add(root) {
    const anchors = /* @__PURE__ */ new Map();
    let firstAlias2 = null;
    let problem;
    const measure = (node, depth) => {
      if (problem || !node || typeof node !== "object") return { size: 1, height: 0 };
      if ((0, import_yaml5.isAlias)(node)) {
        firstAlias2 ??= node;
        const target = anchors.get(node.source);
        if (!target) return { size: 1, height: 0 };
        if (target === open) problem = { kind: "cycle", alias: node };
        else if (depth - 1 + target.height > this.maxDepth) problem = { kind: "depth", alias: node };
        else if (this.used + target.size > this.limit) problem = { kind: "size", alias: firstAlias2 };
        else this.used += target.size;
        return target;
      }
      const anchor = node.anchor;
      if (anchor) anchors.set(anchor, open);
      let result;
      if ((0, import_yaml5.isScalar)(node)) {
        result = { size: 1 + (typeof node.value === "string" ? node.value.length : 0), height: 1 };
        this.used += result.size;
      } else if ((0, import_yaml5.isMap)(node) || (0, import_yaml5.isSeq)(node)) {
        this.used += 1;
        const before = this.used;
        let height = 0;
        for (const item of node.items) {
          if ((0, import_yaml5.isMap)(node)) {
            const pair = item;
            height = Math.max(height, measure(pair.key, depth + 1).height, measure(pair.value, depth + 1).height);
          } else height = Math.max(height, measure(item, depth + 1).height);
          if (problem) break;
        }
        result = { size: 1 + this.used - before, height: 1 + height };
      } else result = { size: 1, height: 1 };
      if (!problem && this.used > this.limit) problem = { kind: "size", alias: firstAlias2 };
      if (anchor) anchors.set(anchor, result);
      return result;
    };
    measure(root, 1);
    return problem;
  }
};

// src/yaml/parse.ts
function problemOf(error2, severity) {
  return { code: error2.code, message: (error2.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, ""), pos: error2.pos, severity };
}
function dropNulls(value, seen = /* @__PURE__ */ new Map()) {
  if (value === null || value === void 0) return void 0;
  const known = seen.get(value);
  if (known !== void 0) return known;
  const plain = dropNullsOnce(value, seen);
  if (plain !== void 0 && (typeof value === "object" || typeof value === "string" && value.length > 48)) seen.set(value, plain);
  return plain;
}
function dropNullsOnce(value, seen) {
  if (Array.isArray(value)) {
    return value.map((item) => dropNulls(item, seen) ?? null);
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    const out = {};
    for (const [key, item] of Object.entries(value)) {
      const plain = dropNulls(item, seen);
      if (plain === void 0) continue;
      Object.defineProperty(out, key, { value: plain, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string") return compactString(value);
  return value;
}
function firstAlias(root) {
  let found = null;
  if (!root) return null;
  (0, import_yaml6.visit)(root, {
    Alias(_, node) {
      found = node;
      return import_yaml6.visit.BREAK;
    }
  });
  return found;
}
function parseYamlStream(source, limits = defaultParseLimits) {
  const text3 = source.charCodeAt(0) === 65279 ? source.slice(1) : source;
  const fast = fastParseYamlStream(text3, limits);
  if (fast) return fast;
  const lineStarts2 = lineStartsOf(text3);
  const findings = [];
  const documents = [];
  const options2 = { uniqueKeys: false, merge: true, customTags: [goYamlBoolean, goYamlBinary], logLevel: "error" };
  let docs;
  const tooDeep = /* @__PURE__ */ new Map();
  try {
    const tokens = Array.from(new import_yaml6.Parser().parse(text3));
    for (const deep of cutDeepNesting(tokens, limits.maxDepth)) tooDeep.set(deep.document, deep.offset);
    const composer = new import_yaml6.Composer(options2);
    docs = [...composer.compose(tokens, true, text3.length)];
  } catch (error2) {
    findings.push({
      ruleId: "yaml-syntax",
      severity: "error",
      message: `The YAML parser gave up on this file: ${error2.message}.`,
      ...fallbackRange,
      hint: "Simplify the file: it nests too deeply or is too large to parse."
    });
    return { documents, findings, lineStarts: lineStarts2, text: text3 };
  }
  const builder = new CompactMapBuilder(text3, lineStarts2);
  const sourceLines = new SourceLines(text3);
  const at = (start, end = start + 1) => offsetsToRange(lineStarts2, clampOffset(text3, start), Math.max(clampOffset(text3, start) + 1, Math.min(end, text3.length)));
  const budget = new ExpansionBudget(limits.maxExpansion ?? expansionLimit(text3.length), limits.maxDepth);
  let overBudget;
  docs.forEach((document, index) => {
    if (overBudget || tooDeep.has(index) || document.errors.length > 0) return;
    const problem = budget.add(document.contents ?? null);
    if (problem) overBudget = { document: index, problem };
  });
  if (overBudget) findings.push(expansionFinding(overBudget.problem, docs, at, budget.limit));
  docs.forEach((document, index) => {
    const root = document.contents ?? null;
    const problems = [...document.errors.map((e) => problemOf(e, "error")), ...document.warnings.map((w) => problemOf(w, "warning"))];
    const duplicates = document.errors.length === 0 ? findDuplicateKeys(root, lineStarts2) : { findings: [], twoResources: false };
    findings.push(...duplicates.findings.map((finding) => ({ ...finding, docIndex: index })));
    const map = builder.add(document, root);
    let broken = document.errors.length > 0 || duplicates.twoResources || overBudget !== void 0;
    let value;
    const empty = root === null || root.value === null && !(0, import_yaml6.isMap)(root) && !(0, import_yaml6.isSeq)(root) && !(0, import_yaml6.isAlias)(root);
    const deepAt = tooDeep.get(index);
    if (deepAt !== void 0) {
      broken = true;
      findings.push({
        ruleId: "yaml-syntax",
        severity: "error",
        message: `This document nests deeper than ${limits.maxDepth} levels; it is not checked further.`,
        ...at(deepAt),
        hint: "No Kubernetes manifest nests this deep; check the indentation."
      });
    }
    const plain = !broken && !empty ? plainValueOf(root, limits.maxDepth) : needsToJS;
    if (plain !== needsToJS) value = plain;
    const undefinedAlias = plain === needsToJS && !broken && !empty ? firstUndefinedAlias(root) : void 0;
    if (undefinedAlias?.range) {
      broken = true;
      problems.push({ code: "BAD_ALIAS", message: "undefined alias", pos: [undefinedAlias.range[0], undefinedAlias.range[1]], severity: "error" });
    }
    findings.push(...syntaxFindings(problems, sourceLines, lineStarts2));
    if (plain === needsToJS && !broken && !empty) {
      try {
        value = dropNulls(document.toJS({ maxAliasCount: limits.maxAliasCount }));
      } catch (error2) {
        broken = true;
        const alias = firstAlias(root);
        const range = alias?.range ? offsetsToRange(lineStarts2, alias.range[0], alias.range[1]) : fallbackRange;
        const aliasLimit = error2 instanceof ReferenceError && /Excessive alias count/.test(error2.message);
        findings.push({
          ruleId: "yaml-syntax",
          severity: "error",
          message: aliasLimit ? `This document uses one anchor through more than ${limits.maxAliasCount} aliases together with merge keys or tags; it is not checked further.` : `This document could not be turned into plain data (check its merge keys and tags); it is not checked further.`,
          ...range,
          hint: aliasLimit ? "Write the values out, or use fewer aliases." : void 0
        });
      }
    }
    documents.push({ index, value, broken, empty, map });
  });
  builder.finish();
  return { documents, findings, lineStarts: lineStarts2, text: text3 };
}
function expansionFinding(problem, docs, at, limit) {
  let alias = problem.alias;
  for (let i = 0; !alias && i < docs.length; i++) alias = firstAlias(docs[i].contents ?? null);
  const range = alias?.range ? at(alias.range[0], alias.range[1]) : at(0);
  const base = { ruleId: "yaml-syntax", severity: "error", ...range };
  if (problem.kind === "cycle")
    return {
      ...base,
      message: "This alias is inside the collection its anchor names, so it expands without end; the file is not checked further.",
      hint: "Point the alias at an anchor defined outside this collection."
    };
  if (problem.kind === "depth")
    return {
      ...base,
      message: "Expanded here, this alias nests deeper than the depth limit; the file is not checked further.",
      hint: "Write the values out, or use fewer nested aliases."
    };
  return {
    ...base,
    message: `Aliases in this file expand to more than ${limit.toLocaleString("en-US")} characters of values (a "billion laughs" pattern); it is not checked further.`,
    hint: "The bound is 4 times the file size, at least 16 KiB: write the values out, or use fewer and smaller aliases."
  };
}

// src/types.ts
function refOf(resource) {
  return {
    apiVersion: resource.apiVersion,
    kind: resource.kind,
    name: resource.name,
    namespace: resource.namespace
  };
}

// src/yaml/fix-edits.ts
function lineStarts(text3) {
  const starts = [0];
  for (let i = 0; i < text3.length; i++) {
    const char = text3.charCodeAt(i);
    if (char === 10 || char === 13 && text3.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function offsetOf(starts, text3, line, column) {
  const start = starts[line - 1];
  if (start === void 0) return void 0;
  const offset = start + column - 1;
  const next = starts[line] ?? text3.length;
  return column >= 1 && offset <= next ? offset : void 0;
}
function positionOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}
function editAt(starts, start, end, text3) {
  const from = positionOf(starts, start);
  const to = positionOf(starts, end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text: text3 };
}
function editOffsets(starts, text3, edit) {
  const start = offsetOf(starts, text3, edit.line, edit.column);
  const end = offsetOf(starts, text3, edit.endLine, edit.endColumn);
  return start === void 0 || end === void 0 || end < start ? void 0 : [start, end];
}
var notPlainString = /^(?:y|yes|n|no|on|off|true|false|null|~)$/i;
function isPlainSafe(value) {
  return /^[A-Za-z_/][A-Za-z0-9._/+=-]*$/.test(value) && !notPlainString.test(value);
}
function scalarInStyle(old, value) {
  if (old.startsWith('"')) return JSON.stringify(value);
  if (old.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  return isPlainSafe(value) ? value : JSON.stringify(value);
}
function isFlowScalarText(old) {
  return old.length > 0 && !/[\n\r]/.test(old) && !/^[&*!|>[{]/.test(old);
}
function get2(value, path4) {
  let current = value;
  for (const segment of path4) {
    if (current === void 0 || current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
var isMapping = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var lastText;
function textFacts(text3) {
  if (lastText?.text !== text3) lastText = { text: text3, starts: lineStarts(text3), eol: text3.includes("\r\n") ? "\r\n" : "\n" };
  return lastText;
}
var FixText = class {
  constructor(resource, text3) {
    this.resource = resource;
    this.text = text3;
    ({ starts: this.starts, eol: this.eol } = textFacts(text3));
  }
  resource;
  text;
  starts;
  eol;
  offsets(range) {
    return range ? editOffsets(this.starts, this.text, range) : void 0;
  }
  edit(start, end, text3) {
    return editAt(this.starts, start, end, text3);
  }
  /** The start of the key's line, when only spaces stand before the key (block style). */
  keyLine(path4) {
    const location = this.resource.map.locate(path4);
    if (!location.exact || !location.key) return void 0;
    const at = this.offsets(location.key);
    if (!at) return void 0;
    const lineStart = this.starts[location.key.line - 1];
    if (!/^ *$/.test(this.text.slice(lineStart, at[0]))) return void 0;
    return { lineStart, indent: at[0] - lineStart, key: location.key };
  }
  /** The offset just past the line break after a node's last line (its value's, else its key's). */
  endOfNode(path4) {
    const location = this.resource.map.locate(path4);
    if (!location.exact) return void 0;
    const last = location.value ?? location.key;
    if (!last) return void 0;
    return this.starts[last.endLine] ?? this.text.length;
  }
  /** Where new keys of a block mapping go (after its last entry) and how deep they are indented. */
  mappingEnd(path4) {
    const mapping = get2(this.resource.value, path4);
    if (!isMapping(mapping)) return void 0;
    const keys = Object.keys(mapping);
    if (keys.length === 0) return void 0;
    const first = this.keyLine([...path4, keys[0]]);
    if (!first) return void 0;
    let at = 0;
    for (const key of keys) {
      const end = this.endOfNode([...path4, key]);
      if (end === void 0) return void 0;
      at = Math.max(at, end);
    }
    const parent = path4.length > 0 && typeof path4[path4.length - 1] === "string" ? this.keyLine(path4) : void 0;
    const unit = parent && first.indent > parent.indent ? first.indent - parent.indent : 2;
    return { at, indent: first.indent, unit };
  }
  /** Lines moved from `from` columns deep to `to` columns deep; blank lines stay as they are. */
  reindent(block, from, to) {
    const lines = block.split(/(?<=\n)/);
    const moved = lines.map((line) => {
      if (/^\s*$/.test(line)) return line;
      const spaces = /^ */.exec(line)[0].length;
      return " ".repeat(to) + line.slice(Math.min(spaces, from));
    });
    const out = moved.join("");
    return out.endsWith("\n") ? out : out + this.eol;
  }
  /** An insertion at `at`, with a line break first when it goes after a last line that has none. */
  insertion(at, text3) {
    return at === this.text.length && at > 0 && !/[\n\r]$/.test(this.text) ? this.eol + text3 : text3;
  }
};
function replaceScalar(fix, path4, target, replacement) {
  const location = fix.resource.map.locate(path4);
  if (!location.exact) return void 0;
  const range = target === "key" ? location.key : location.value;
  const at = fix.offsets(range);
  if (!at) return void 0;
  const old = fix.text.slice(at[0], at[1]);
  if (!isFlowScalarText(old)) return void 0;
  return [fix.edit(at[0], at[1], scalarInStyle(old, replacement))];
}
function quoteScalar(fix, path4) {
  const location = fix.resource.map.locate(path4);
  const at = location.exact ? fix.offsets(location.value) : void 0;
  if (!at) return void 0;
  const old = fix.text.slice(at[0], at[1]);
  if (!isFlowScalarText(old) || /["'\\#]/.test(old[0]) || /["\\]/.test(old)) return void 0;
  return [fix.edit(at[0], at[1], `"${old}"`)];
}
function moveKeys(fix, paths, to) {
  if (paths.length === 0) return void 0;
  const blocks = [];
  for (const path4 of paths) {
    const name = path4[path4.length - 1];
    if (typeof name !== "string" || get2(fix.resource.value, [...to, name]) !== void 0) return void 0;
    if (to.length >= path4.length && path4.every((segment, i) => to[i] === segment)) return void 0;
    const line = fix.keyLine(path4);
    const end2 = fix.endOfNode(path4);
    if (!line || end2 === void 0) return void 0;
    blocks.push({ start: line.lineStart, end: end2, indent: line.indent, name });
  }
  blocks.sort((a, b) => a.start - b.start);
  for (let i = 1; i < blocks.length; i++) if (blocks[i].start < blocks[i - 1].end) return void 0;
  let existing = to.length;
  while (existing > 0 && !isMapping(get2(fix.resource.value, to.slice(0, existing)))) {
    if (get2(fix.resource.value, to.slice(0, existing)) !== void 0) return void 0;
    existing--;
  }
  const missing = to.slice(existing);
  if (missing.some((segment) => typeof segment !== "string")) return void 0;
  const end = fix.mappingEnd(to.slice(0, existing));
  if (!end) return void 0;
  const depth = end.indent + missing.length * end.unit;
  let text3 = missing.map((segment, i) => `${" ".repeat(end.indent + i * end.unit)}${String(segment)}:${fix.eol}`).join("");
  for (const block of blocks) text3 += fix.reindent(fix.text.slice(block.start, block.end), block.indent, depth);
  text3 = fix.insertion(end.at, text3);
  const edits = blocks.map((block) => [block.start, block.end, ""]);
  const host = edits.find(([start, stop]) => end.at === start || end.at === stop);
  if (host) host[2] = text3;
  else if (blocks.some((block) => end.at > block.start && end.at < block.end)) return void 0;
  else edits.push([end.at, end.at, text3]);
  edits.sort((a, b) => a[0] - b[0]);
  return edits.map(([start, stop, newText]) => fix.edit(start, stop, newText));
}
function entryLines(entry) {
  const lines = [];
  for (const [key, value] of Object.entries(entry)) {
    if (!isPlainSafe(key)) return void 0;
    if (isMapping(value) && Object.keys(value).length === 0) lines.push(`${key}: {}`);
    else if (typeof value === "string") lines.push(`${key}: ${isPlainSafe(value) ? value : JSON.stringify(value)}`);
    else if (typeof value === "number" || typeof value === "boolean") lines.push(`${key}: ${String(value)}`);
    else return void 0;
  }
  return lines.length > 0 ? lines : void 0;
}
function appendEntry(fix, path4, entry) {
  const lines = entryLines(entry);
  const name = path4[path4.length - 1];
  if (!lines || typeof name !== "string") return void 0;
  const list = get2(fix.resource.value, path4);
  const item = (dash2) => lines.map((line, i) => `${" ".repeat(i === 0 ? dash2 : dash2 + 2)}${i === 0 ? "- " : ""}${line}${fix.eol}`).join("");
  if (list === void 0) {
    const end = fix.mappingEnd(path4.slice(0, -1));
    if (!end) return void 0;
    const text3 = `${" ".repeat(end.indent)}${name}:${fix.eol}${item(end.indent + end.unit)}`;
    return [fix.edit(end.at, end.at, fix.insertion(end.at, text3))];
  }
  if (!Array.isArray(list) || list.length === 0 || !isMapping(list[0])) return void 0;
  const first = fix.resource.map.locate([...path4, 0]);
  const at = first.exact ? fix.offsets(first.key) : void 0;
  if (!at || !first.key) return void 0;
  const prefix = fix.text.slice(fix.starts[first.key.line - 1], at[0]);
  const dash = /^( *)- +$/.exec(prefix);
  if (!dash || prefix.length !== dash[1].length + 2) return void 0;
  const after = fix.endOfNode([...path4, list.length - 1]);
  if (after === void 0) return void 0;
  return [fix.edit(after, after, fix.insertion(after, item(dash[1].length)))];
}
function fixEdits(resource, path4, target, intent) {
  if (resource.source === void 0) return void 0;
  const fix = new FixText(resource, resource.source);
  let edits;
  try {
    if ("replacement" in intent) edits = replaceScalar(fix, path4, target, intent.replacement);
    else if ("quote" in intent) edits = quoteScalar(fix, path4);
    else if ("move" in intent) edits = moveKeys(fix, intent.move.paths, intent.move.to);
    else edits = appendEntry(fix, intent.append.path, intent.append.entry);
  } catch {
    edits = void 0;
  }
  if (!edits || edits.length === 0) return void 0;
  if (!intent.sensitive) return { title: intent.title, edits };
  const fixed = { title: intent.title, sensitive: true };
  Object.defineProperty(fixed, "edits", { value: edits, enumerable: false });
  return fixed;
}

// src/yaml/locate.ts
function rangeAt(map, path4, target = "value") {
  return pickRange(map.locate(path4), target);
}
function editsOf(resource, problem, intent) {
  return fixEdits(resource, problem.path, problem.target ?? "value", intent);
}
var refs = /* @__PURE__ */ new WeakMap();
function sharedRefOf(resource) {
  let ref = refs.get(resource);
  if (!ref) {
    ref = refOf(resource);
    refs.set(resource, ref);
  }
  return ref;
}
function findingAt(resource, problem) {
  const location = resource.map.locate(problem.path);
  const range = pickRange(location, problem.target ?? "value");
  const fix = problem.fix && range && location.exact ? editsOf(resource, problem, problem.fix) : void 0;
  const suggestions = range && location.exact ? (problem.suggestions ?? []).flatMap((intent) => editsOf(resource, problem, intent) ?? []) : [];
  return {
    ruleId: problem.ruleId,
    severity: problem.severity,
    message: problem.message,
    file: resource.file,
    ...range ?? fallbackRange,
    path: formatPath(problem.path) || void 0,
    resource: sharedRefOf(resource),
    docIndex: resource.docIndex,
    ...problem.hint ? { hint: problem.hint } : {},
    ...fix ? { fix } : {},
    ...suggestions.length > 0 ? { suggestions } : {}
  };
}

// src/resources/not-manifests.ts
var kustomization = { what: "a Kustomization", advice: "lint its rendered output with `kustomize build DIR | grade --lint -`" };
var helmTemplate = { what: "a Helm chart template", advice: "lint the rendered chart with `helm template CHART | grade --lint -`" };
var helmChart = { what: "Helm chart metadata (Chart.yaml)", advice: "lint the rendered chart with `helm template CHART | grade --lint -`" };
var helmValues = { what: "Helm chart values", advice: "lint the rendered chart with `helm template CHART | grade --lint -`" };
var skaffold = { what: "a Skaffold configuration", advice: "lint the manifests it deploys, or `skaffold render | grade --lint -`" };
var compose = { what: "a Docker Compose file", advice: "it is read by docker compose, not kubectl" };
var github = { what: "GitHub configuration (.github/)", advice: "it is read by GitHub, not kubectl" };
var ciConfig = { what: "a CI or tool configuration", advice: "it is read by its own tool, not kubectl" };
var kubeconfig = { what: "a kubeconfig file", advice: "it is read by kubectl as its configuration, not applied" };
var byBaseName = /* @__PURE__ */ new Map([
  ["kustomization.yaml", kustomization],
  ["kustomization.yml", kustomization],
  ["Kustomization", kustomization],
  ["Chart.yaml", helmChart],
  ["Chart.yml", helmChart],
  ["values.yaml", helmValues],
  ["values.yml", helmValues],
  ["skaffold.yaml", skaffold],
  ["skaffold.yml", skaffold],
  ["docker-compose.yaml", compose],
  ["docker-compose.yml", compose],
  ["compose.yaml", compose],
  ["compose.yml", compose],
  [".pre-commit-config.yaml", ciConfig],
  [".pre-commit-config.yml", ciConfig],
  [".pre-commit-hooks.yaml", ciConfig],
  [".gitlab-ci.yml", ciConfig],
  [".travis.yml", ciConfig],
  [".golangci.yml", ciConfig],
  [".golangci.yaml", ciConfig],
  [".goreleaser.yml", ciConfig],
  [".goreleaser.yaml", ciConfig],
  [".yamllint", ciConfig],
  [".yamllint.yaml", ciConfig],
  ["mkdocs.yml", ciConfig],
  ["codecov.yml", ciConfig]
]);
var helmAction = /\{\{-?\s*(?:\.(?:Values|Release|Chart|Capabilities|Files|Template)\b|(?:include|template|if|else|end|range|with|define|toYaml|tpl|required|default|\$)\b|-?\s*\/\*)/;
function recognizeFile(file, text3) {
  const segments = file.split("/");
  const base = segments[segments.length - 1] ?? file;
  const known = byBaseName.get(base);
  if (known && !(known === helmValues && /^kind\s*:/m.test(text3))) return known;
  if (/^(docker-)?compose[.-].*\.ya?ml$/.test(base)) return compose;
  if (/^values[.-].*\.ya?ml$/.test(base) && !/^kind\s*:/m.test(text3)) return helmValues;
  if (segments.slice(0, -1).includes(".github")) return github;
  if (helmAction.test(text3) && (segments.slice(0, -1).includes("templates") || /^\{\{-?\s*(?:if|range|with|define|include|template|\/\*)/m.test(text3)))
    return helmTemplate;
  return void 0;
}
function groupOf(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
function recognizeDocument(value) {
  if (value === void 0 || typeof value !== "object" || Array.isArray(value)) return void 0;
  const apiVersion = typeof value.apiVersion === "string" ? value.apiVersion : "";
  const kind = typeof value.kind === "string" ? value.kind : "";
  if (!apiVersion) return void 0;
  const group = groupOf(apiVersion);
  if (group === "kustomize.config.k8s.io") return kustomization;
  if (group === "skaffold") return skaffold;
  if (group === "kind.x-k8s.io") return { what: "a kind cluster configuration", advice: "it is read by `kind create cluster --config`, not kubectl" };
  if (group === "kubeadm.k8s.io") return { what: "a kubeadm configuration", advice: "it is read by `kubeadm --config`, not kubectl" };
  if (group === "k3d.io" || group === "ctlptl.dev") return { what: "a local cluster configuration", advice: "it is read by its own tool, not kubectl" };
  if (group === "install.istio.io" && kind === "IstioOperator")
    return { what: "an istioctl install configuration", advice: "it is read by `istioctl install -f`, not kubectl" };
  if (group === "audit.k8s.io" || group.endsWith(".config.k8s.io") || group === "apiserver.k8s.io") {
    return {
      what: `a Kubernetes component configuration (${kind || apiVersion})`,
      advice: "it is read by a cluster component from a file, not applied with kubectl"
    };
  }
  if (apiVersion === "v1" && kind === "Config") return kubeconfig;
  return void 0;
}
function notManifestMessage(found) {
  return `This is ${found.what}, not a Kubernetes API object, so it is not checked as a manifest: ${found.advice}.`;
}

// src/resources/resources.ts
function text(value) {
  return typeof value === "string" && value !== "" ? value : null;
}
function shapeFinding(file, map, path4, message, hint, prefix) {
  const range = rangeAt(map, path4, "key");
  return {
    ruleId: "manifest-shape",
    severity: "error",
    message,
    file,
    ...range ?? fallbackRange,
    path: formatPath([...prefix, ...path4]) || void 0,
    hint
  };
}
function toResource(file, docIndex, value, map, prefix, findings) {
  if (!isObject(value)) {
    findings.push(
      shapeFinding(
        file,
        map,
        [],
        `A manifest must be a mapping of fields, but this ${prefix.length ? "item" : "document"} is ${Array.isArray(value) ? "a list" : "a single value"}.`,
        "Start the document with apiVersion:, kind: and metadata: at the left margin.",
        prefix
      )
    );
    return void 0;
  }
  const apiVersion = text(value.apiVersion);
  const kind = text(value.kind);
  const metadata = isObject(value.metadata) ? value.metadata : void 0;
  const name = text(metadata?.name);
  const missing = [];
  if (!apiVersion) missing.push("apiVersion");
  if (!kind) missing.push("kind");
  if (!metadata) missing.push("metadata");
  else if (!name && !text(metadata.generateName)) missing.push("metadata.name");
  if (missing.length > 0) {
    const where = missing[0] === "metadata.name" ? ["metadata"] : [];
    findings.push(
      shapeFinding(
        file,
        map,
        where,
        `This ${prefix.length ? "item" : "document"} is missing ${missing.join(", ")}; every Kubernetes manifest needs apiVersion, kind and metadata.name.`,
        missing.includes("metadata.name") && missing.length === 1 ? "Add a name under metadata, e.g. metadata: { name: my-job }." : "Add the missing top-level fields (for a Job: apiVersion: batch/v1, kind: Job, metadata: { name: ... }).",
        prefix
      )
    );
    if (!apiVersion || !kind) return void 0;
  }
  return { file, docIndex, apiVersion, kind, name, namespace: text(metadata?.namespace), value, map };
}
function notManifestFinding(file, found, range) {
  return {
    ruleId: "not-a-manifest",
    severity: "info",
    message: notManifestMessage(found),
    file,
    ...range ?? fallbackRange
  };
}
function isJsonManifest(value) {
  return isObject(value) && typeof value.apiVersion === "string" && typeof value.kind === "string";
}
function extractResources(file, stream) {
  const resources = [];
  const findings = [];
  for (const doc of stream.documents) {
    if (doc.broken || doc.empty || doc.value === void 0) continue;
    const value = doc.value;
    if (/\.json$/i.test(file) && !isJsonManifest(value)) continue;
    const notManifest = recognizeDocument(value);
    if (notManifest) {
      findings.push(notManifestFinding(file, notManifest, rangeAt(doc.map, ["apiVersion"], "key")));
      continue;
    }
    if (isObject(value) && typeof value.kind === "string" && value.kind.endsWith("List") && Array.isArray(value.items)) {
      value.items.forEach((item, i) => {
        const resource2 = toResource(file, doc.index, item, doc.map.listItem(i), ["items", i], findings);
        if (resource2) resources.push(resource2);
      });
      continue;
    }
    const resource = toResource(file, doc.index, value, doc.map, [], findings);
    if (resource) resources.push(resource);
  }
  return { resources, findings };
}

// src/k8s/placeholders.ts
var envsubst = /\$\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-=?+])[^{}]*)?\}/;
var goTemplate = /\{\{-?\s*(?:\.[A-Za-z$]|\$|(?:include|template|tpl|default|required|toYaml|quote)\s)[^{}]*\}\}/;
function hasPlaceholder(text3, goTemplates = true) {
  return text3.includes("{") && !text3.includes("\n") && (envsubst.test(text3) || goTemplates && goTemplate.test(text3));
}
function textMayHoldPlaceholder(text3) {
  return text3.includes("${") || text3.includes("{{") || text3.includes("\\") && characterEscape.test(text3) || text3.includes("!!") || text3.includes("!<") || text3.includes("%TAG");
}
var characterEscape = /\\[xuU\r\n]/;
function goTemplatesArePlaceholders(apiVersion) {
  const group = apiVersion?.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  return !group.includes(".") || group.endsWith(".k8s.io");
}
var freeText = /* @__PURE__ */ new Set(["command", "args", "script", "annotations"]);
var dataFields = /* @__PURE__ */ new Set(["data", "stringData", "binaryData"]);
function findPlaceholder(value, path4 = [], goTemplates = true) {
  const at = [...path4];
  return searchPlaceholder(value, at, goTemplates) ? at : void 0;
}
function searchPlaceholder(value, at, goTemplates) {
  if (typeof value === "string") return hasPlaceholder(value, goTemplates);
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      at.push(i);
      if (searchPlaceholder(value[i], at, goTemplates)) return true;
      at.pop();
    }
    return false;
  }
  const topLevel = at.length === 0;
  for (const key of Object.keys(value)) {
    if (freeText.has(key) || topLevel && dataFields.has(key)) continue;
    at.push(key);
    if (hasPlaceholder(key, goTemplates) || searchPlaceholder(value[key], at, goTemplates)) return true;
    at.pop();
  }
  return false;
}

// src/yaml/portability.ts
function unshiftRange(range, shifts) {
  const start = shifts.get(range.line);
  const end = shifts.get(range.endLine);
  if (start === void 0 && end === void 0) return range;
  const column = Math.max(1, range.column - (start ?? 0));
  const endColumn = Math.max(range.endLine === range.line ? column + 1 : 1, range.endColumn - (end ?? 0));
  return { ...range, column, endColumn };
}
function closingQuote(text3, from) {
  for (let i = from; i < text3.length; i++) {
    if (text3[i] === "\\") i++;
    else if (text3[i] === '"') return i;
  }
  return -1;
}
var quotedValueStart = /^( *(?:- +)*)([^\s"'#\-?:{}[\],&*!|>%@`][^:#"']*?|"[^"]*"|'[^']*'): +"/;
var blockScalarStart = /(?:^|[:-] +)[|>][-+0-9]*\s*(?:#.*)?$/;
var maxContinuation = 50;
function opensUnclosedQuote(text3) {
  const colonQuote = /: +"/g;
  for (let found = colonQuote.exec(text3); found; found = colonQuote.exec(text3)) {
    const start = text3.lastIndexOf("\n", found.index) + 1;
    const newline = text3.indexOf("\n", found.index);
    const end = newline < 0 ? text3.length : newline;
    const line = text3.slice(start, end);
    const match = quotedValueStart.exec(line);
    if (match && closingQuote(line, match[0].length) < 0) return true;
    colonQuote.lastIndex = end;
  }
  return false;
}
function indentOf(line) {
  return line.length - line.trimStart().length;
}
function makePortable(source) {
  const issues = [];
  let text3 = source.charCodeAt(0) === 65279 ? source.slice(1) : source;
  const loneCr = text3.includes("\r") ? /\r(?!\n)/.exec(text3) : null;
  if (loneCr) {
    issues.push({ kind: "lone-cr", line: text3.slice(0, loneCr.index).split("\n").length, column: loneCr.index - text3.lastIndexOf("\n", loneCr.index - 1) });
    text3 = text3.replace(/\r(?!\n)/g, "\n");
  }
  if (!text3.includes('"') || !opensUnclosedQuote(text3)) return { text: text3, issues };
  const repaired = repairQuotedContinuations(text3);
  return { text: repaired.text, issues: [...issues, ...repaired.issues], shifts: repaired.shifts };
}
function repairQuotedContinuations(text3) {
  const issues = [];
  const shifts = /* @__PURE__ */ new Map();
  const lines = text3.split("\n");
  let changed = false;
  let blockIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const current = lines[i];
    if (blockIndent >= 0) {
      if (current.trim() === "" || indentOf(current) > blockIndent) continue;
      blockIndent = -1;
    }
    if (blockScalarStart.test(current) && !current.trimStart().startsWith("#")) {
      blockIndent = /^ *(?:- +)*/.exec(current)[0].length;
      continue;
    }
    const match = quotedValueStart.exec(current);
    if (!match) continue;
    if (closingQuote(lines[i], match[0].length) >= 0) continue;
    const keyColumn = match[1].length;
    const repairs = [];
    let closed = -1;
    for (let j = i + 1; j < lines.length && j <= i + maxContinuation; j++) {
      const line = lines[j];
      if (line.trim() === "") continue;
      if (indentOf(line) <= keyColumn) repairs.push(j);
      if (closingQuote(line, 0) >= 0) {
        closed = j;
        break;
      }
    }
    if (closed < 0 || repairs.length === 0) continue;
    for (const j of repairs) {
      const added = keyColumn + 1 - indentOf(lines[j]);
      lines[j] = " ".repeat(added) + lines[j];
      shifts.set(j + 1, added);
    }
    issues.push({ kind: "quoted-continuation", line: i + 1, column: keyColumn + 1, key: match[2] });
    changed = true;
    i = closed;
  }
  return changed ? { text: lines.join("\n"), issues, shifts } : { text: text3, issues };
}

// src/lint/suppress.ts
var import_yaml7 = __toESM(require_dist(), 1);

// src/k8s/pod-spec.ts
var podSpecPaths = {
  Pod: ["spec"],
  PodTemplate: ["template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"]
};
function podSpecOf(resource) {
  const path4 = resource.kind ? podSpecPaths[resource.kind] : void 0;
  if (!path4) return void 0;
  const spec = get(resource.value, path4);
  return isObject(spec) ? { path: path4, spec } : void 0;
}
var containerLists = ["initContainers", "containers", "ephemeralContainers"];
function containersOf(pod) {
  const found = [];
  for (const list of containerLists) {
    const items = pod.spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((container, index) => {
      if (isObject(container)) found.push({ path: [...pod.path, list, index], container, list });
    });
  }
  return found;
}

// src/k8s/did-you-mean.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function normalizeName(name) {
  return name.toLowerCase().replace(/[-_.]/g, "_");
}
function sameNameShape(a, b) {
  return normalizeName(a) === normalizeName(b);
}
function suggestName(name, candidates) {
  return nameSuggester(candidates)(name);
}
function nameSuggester(candidates) {
  const unique = [...new Set(candidates)].sort();
  const shapes = unique.map(normalizeName);
  const byShape = /* @__PURE__ */ new Map();
  shapes.forEach((shape, i) => {
    const list = byShape.get(shape);
    if (list) list.push(i);
    else byShape.set(shape, [i]);
  });
  return (name) => {
    if (name === "" || unique.length === 0 || unique.length === 1 && unique[0] === name) return void 0;
    const normalized = normalizeName(name);
    const sameShape = byShape.get(normalized)?.find((i) => unique[i] !== name);
    if (sameShape !== void 0) return unique[sameShape];
    let best;
    for (let i = 0; i < unique.length; i++) {
      const candidate = unique[i];
      if (candidate === name) continue;
      const other = shapes[i];
      const shorter = Math.min(normalized.length, other.length);
      const longer = Math.max(normalized.length, other.length);
      const contains = shorter >= 3 && (other.includes(normalized) || normalized.includes(other));
      if (!contains && longer - shorter > Math.max(1, Math.floor(longer / 3))) continue;
      if (best && longer - shorter >= best.score) continue;
      const edits = (0, import_fastest_levenshtein.distance)(normalized, other);
      const close = edits <= Math.max(1, Math.floor(longer / 3));
      if (!contains && !close) continue;
      if (!best || edits < best.score) best = { candidate, score: edits };
    }
    return best?.candidate;
  };
}
function listNames(names, limit = 10) {
  const sorted2 = [...new Set(names)].sort();
  if (sorted2.length === 0) return "(none)";
  const shown2 = sorted2.slice(0, limit).join(", ");
  return sorted2.length > limit ? `${shown2} and ${sorted2.length - limit} more` : shown2;
}

// src/resources/namespaces.ts
function meeting(from, to) {
  if (from === to) return { status: "same" };
  if (from !== null && to !== null) return { status: "apart", from, to };
  return from !== null ? { status: "depends", named: from, side: "from" } : { status: "depends", named: to, side: "to" };
}
function canMeet(a, b) {
  return a === b || a === null || b === null;
}
var clusterScopedKinds = /* @__PURE__ */ new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "StorageClass",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "PriorityClass",
  "IngressClass",
  "RuntimeClass",
  "CSIDriver",
  "CSINode",
  "VolumeAttachment",
  "APIService",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "CertificateSigningRequest",
  "PodSecurityPolicy",
  "FlowSchema",
  "PriorityLevelConfiguration"
]);

// src/resources/resource-index.ts
var keptWhole = /* @__PURE__ */ new WeakMap();
function keepWholeValue(released, value) {
  keptWhole.set(released, value);
}
function memoKey(name) {
  return { name };
}

// src/yaml/resource-location.ts
function fileAndLine(resource, path4 = ["metadata", "name"]) {
  const range = rangeAt(resource.map, path4);
  return range ? `${resource.file}:${range.line}` : resource.file;
}

// src/messages.ts
function fillTemplate(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) => name in data ? String(data[name]) : whole);
}
function translate(meta, report) {
  const key = report.variant === void 0 ? report.messageId : `${report.messageId}/${report.variant}`;
  const template = meta.messages[key];
  if (template === void 0) throw new Error(`rule ${meta.id} reported unknown messageId "${key}"`);
  const hintKey = report.hint === void 0 ? key : report.hint === null ? void 0 : report.hint === "" ? report.messageId : `${report.messageId}/${report.hint}`;
  const hintTemplate = hintKey === void 0 ? void 0 : meta.hints?.[hintKey];
  if (report.hint && hintTemplate === void 0) throw new Error(`rule ${meta.id} reported unknown hint "${hintKey}"`);
  const hint = hintTemplate === void 0 ? void 0 : fillTemplate(hintTemplate, report.data);
  return { messageId: report.messageId, message: fillTemplate(template, report.data), ...hint ? { hint } : {} };
}

// src/lint/rule.ts
function defineRule(rule) {
  return rule;
}

// src/schema/messages.ts
var schemaMeta = {
  id: "schema",
  description: 'Strict validation against the Kubernetes schema of the target version (--kube-version): unknown fields (with "did you mean"), wrong types, missing required fields, values outside an enum.',
  severity: "error",
  messages: {
    "unknown-field": 'Unknown field "{{field}}" in {{where}}; did you mean "{{suggestion}}"?',
    "unknown-field/added-later": 'Unknown field "{{field}}" in {{where}}: Kubernetes {{version}} does not have it yet; Kubernetes {{addedIn}} does.',
    "unknown-field/no-such-field": 'Unknown field "{{field}}" in {{where}}: {{owner}} has no such field, so the API server rejects it.',
    "wrong-type": "{{path}} must be {{expected}}, not {{actual}}.",
    required: '{{where}} is missing the required field "{{field}}".',
    enum: "{{path}} must be {{allowed}}, not {{actual}}.",
    "enum/suggestion": "{{path}} must be {{allowed}}, not {{actual}}.",
    "enum/added-later": '{{path}} must be {{allowed}} in Kubernetes {{version}}, not "{{value}}": it exists from Kubernetes {{addedIn}}.',
    format: "{{path}} must be a date and time such as 2024-01-31T12:00:00Z, not {{actual}}.",
    "format/byte": "{{path}} must be base64-encoded, and this value is not valid base64.",
    pattern: "{{path}} must match the pattern {{pattern}}, and {{actual}} does not.",
    "out-of-range": "{{path}} must be {{bound}}, not {{actual}}.",
    invalid: "{{path}} does not satisfy the schema ({{keyword}}).",
    "no-schema": "No schema for {{apiVersion}} {{kind}} in Kubernetes {{version}}; not validated.",
    "no-schema/unreadable": "The schema for {{apiVersion}} {{kind}} in {{source}} could not be read; not validated.",
    "no-schema/crd-version": "The CustomResourceDefinition of {{kind}} ({{origin}}) has no schema for {{version}}; not validated."
  },
  hints: {
    "unknown-field": "Rename it to {{suggestion}}.{{about}}",
    "unknown-field/added-later": "Remove it for Kubernetes {{version}}, or check against a newer version with --kube-version.",
    "unknown-field/no-such-field": "Remove it, or check its spelling and indentation. Fields allowed here: {{allowedFields}}.",
    "wrong-type": "{{fix}}{{about}}",
    required: "Add {{field}}: {{place}}.{{about}}",
    enum: "Use {{allowed}} (values are case-sensitive).{{about}}",
    "enum/suggestion": "Did you mean {{suggestion}}? Values are case-sensitive.{{about}}",
    "enum/added-later": "Use {{allowed}}, or choose Kubernetes {{addedIn}} or newer with --kube-version.{{about}}",
    format: "Write it in RFC 3339 form: date, T, time and a time zone (Z for UTC).{{about}}",
    "format/byte": "Encode the value with base64 (echo -n 'text' | base64).",
    "format/byte-secret": "Encode the value with base64 (echo -n 'text' | base64), or put plain text under stringData instead.",
    "format/byte-configmap": "Encode the value with base64 (echo -n 'text' | base64), or put text under data instead.",
    pattern: "Change the value to match the pattern.{{about}}",
    "out-of-range": "{{about}}",
    invalid: "About {{field}}: {{description}}",
    "no-schema/strict": "Only built-in kinds are allowed here (--strict-kinds); check apiVersion and kind.",
    "no-schema/custom": "A custom resource: the CustomResourceDefinition installed in the cluster decides which fields it accepts.",
    "no-schema/unreadable": "Check that file: its schema must be an OpenAPI v3 / JSON schema object."
  },
  docs: {
    rationale: 'The API server rejects a manifest with a field it does not know (kubectl apply --validate=strict, the default since 1.25), a value of the wrong type, or a missing required field. A misspelt field is the most common beginner mistake: without strict validation it would be dropped silently and the object would not do what you meant. Each problem is reported where it is: an unknown field on its key, a wrong value on the value, a missing field on the key of the object that lacks it. Schemas for Kubernetes 1.10, 1.13, 1.21, 1.25 and 1.30 are bundled (grade schemas lists them; --kube-version picks one); nothing is downloaded. A field that only a newer version has is reported as such ("Kubernetes 1.10 does not have it yet; Kubernetes 1.21 does"). Custom resources (kinds from a CustomResourceDefinition) have no bundled schema: each gets one info finding, or an error with --strict-kinds. Numbers that the API reads as text (`cpu: 1`, `port: http`) and `null` values (`creationTimestamp: null`) are accepted, as the API server accepts them.',
    incorrect: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  backoffLimit: "3"\n  template:\n    spec:\n      restartpolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n',
    correct: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  backoffLimit: 3\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n"
  }
};
var apiVersionMeta = {
  id: "api-version",
  description: "An apiVersion/kind the target Kubernetes version does not serve (removed, or not yet there: error) or serves but deprecates (warning), naming the version and the replacement.",
  severity: "error",
  messages: {
    removed: "Kubernetes {{version}} does not serve {{kind}} as {{apiVersion}}: {{instead}}{{apiVersion}} was removed in {{removedIn}}.",
    "removed/inexact": "Kubernetes {{version}} does not serve {{kind}} as {{apiVersion}}: {{instead}}Kubernetes {{lastServedIn}} is the newest bundled version that serves it.",
    "removed/formerly": "Kubernetes {{version}} has no {{kind}}: {{formerly}} {{kind}} was removed in {{removedIn}}, and {{apiVersion}} never served it.",
    "removed/formerly-inexact": "Kubernetes {{version}} has no {{kind}}: {{formerly}} {{kind}} was last served by the bundled version before {{removedIn}}, and {{apiVersion}} never served it.",
    "not-yet": "{{apiVersion}} {{kind}} only exists from Kubernetes {{since}}; Kubernetes {{version}} serves {{kind}} as {{servedAs}}.",
    "not-yet/inexact": "{{apiVersion}} {{kind}} is not served by Kubernetes {{version}} (the oldest bundled version that serves it is {{since}}); Kubernetes {{version}} serves {{kind}} as {{servedAs}}.",
    "not-yet/no-kind": "{{apiVersion}} {{kind}} only exists from Kubernetes {{since}}; Kubernetes {{version}} has no {{kind}}.",
    "not-yet/inexact-no-kind": "{{apiVersion}} {{kind}} is not served by Kubernetes {{version}} (the oldest bundled version that serves it is {{since}}); Kubernetes {{version}} has no {{kind}}.",
    deprecated: "{{apiVersion}} {{kind}} is deprecated since Kubernetes {{deprecatedIn}}{{removal}}: use {{replacement}}{{available}}.",
    "deprecated/no-replacement": "{{apiVersion}} {{kind}} is deprecated since Kubernetes {{deprecatedIn}}{{removal}}.",
    "other-api-version": "Kubernetes {{version}} has no {{kind}} in {{apiVersion}}: {{kind}} is served as {{servedAs}}.",
    "unknown-kind": 'Kubernetes {{version}} has no kind "{{kind}}" in {{apiVersion}}; did you mean {{suggestedKind}}?',
    "unknown-kind/other-group": 'Kubernetes {{version}} has no kind "{{kind}}" in {{apiVersion}}; did you mean {{suggestedKind}} (in {{suggestedApiVersion}})?',
    "unknown-kind/no-suggestion": 'Kubernetes {{version}} has no kind "{{kind}}" in {{apiVersion}}.',
    "not-served": "The CustomResourceDefinition of {{kind}} ({{origin}}) has no version {{version}}; it serves {{served}}.",
    "not-served/defined": "The CustomResourceDefinition of {{kind}} ({{origin}}) defines {{version}} but does not serve it; it serves {{served}}."
  },
  hints: {
    removed: "Change apiVersion to {{replacement}}.{{note}}",
    "removed/no-replacement": "{{note}}",
    "not-yet": "Change apiVersion to {{servedAs}}, or choose a newer version with --kube-version.",
    "not-yet/no-kind": "Choose a newer version with --kube-version.",
    deprecated: "Change apiVersion to {{replacement}}{{beforeRemoval}}.{{note}}",
    "deprecated/no-replacement": "{{note}}",
    "other-api-version": "Change apiVersion to {{servedAs}}.",
    "unknown-kind": "Write kind: {{suggestedKind}} (kinds are case-sensitive).",
    "unknown-kind/other-group": "Write kind: {{suggestedKind}} with apiVersion: {{suggestedApiVersion}} (kinds are case-sensitive).",
    "unknown-kind/no-suggestion": "Check the spelling (kinds are CamelCase, such as Deployment or ConfigMap); if {{kind}} was added in a later Kubernetes version, choose it with --kube-version.",
    "not-served": "Change apiVersion to {{replacement}}.",
    "not-served/none": "Set served: true on a version of the CustomResourceDefinition."
  },
  docs: {
    rationale: 'APIs move: CronJob was batch/v1beta1 until Kubernetes 1.21 made it batch/v1, and 1.25 removed the beta. A manifest written for an older cluster is rejected by a newer one with "no matches for kind", and one written for a newer cluster by an older one. The finding sits on the apiVersion value and names the version that removed it (or first served it) and what to use instead; a deprecated API that still works is a warning. The manifest is still checked against the schema of the newest version that served it, so typos inside it are reported too. A rubric can tolerate a removed API (the day-2 workshop accepts batch/v1beta1 CronJob): the finding is then a warning.',
    incorrect: "apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n",
    correct: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
  }
};

// src/lint/builtin-rules.ts
var suppressionRuleMeta = {
  id: "unused-suppression",
  description: "A kubegrade-disable comment or kubegrade.io/ignore annotation that names an unknown rule or silences nothing (lint mode only).",
  severity: "warning",
  messages: {
    unused: "{{ruleId}} reports nothing on {{where}}, so this suppression silences nothing.",
    unknown: '"{{ruleId}}" is not a kubegrade rule, so this suppression silences nothing{{suggestion}}.',
    noRule: "This {{directive}} comment names no rule, so it silences nothing.",
    unknownDirective: '"{{directive}}" is not a kubegrade directive, so this comment silences nothing.'
  },
  hints: {
    unused: "Remove {{ruleId}} from it (or the whole suppression), so it cannot hide a future problem.",
    unknown: "Use a rule id from `grade rules`.",
    noRule: "Name the rules it silences, e.g. # {{directive}} image-tag -- why this is fine.",
    unknownDirective: "Write kubegrade-disable-line or kubegrade-disable-next-line."
  },
  docs: {
    rationale: "In lint mode, `# kubegrade-disable-next-line RULE-ID -- reason` silences a rule on the next line, `# kubegrade-disable-line RULE-ID` on its own line, and the annotation `kubegrade.io/ignore: RULE-ID,RULE-ID` inside one resource. A suppression with a misspelt rule id, or one whose problem has since been fixed, silences nothing today but would hide a new problem tomorrow, so it is reported. Grading ignores every suppression: a scored check cannot be switched off from inside the answers.",
    incorrect: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n# kubegrade-disable-next-line job-restart-policy -- not a Job\ndata:\n  mode: fast\n",
    correct: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n"
  }
};
var builtinRules = [
  suppressionRuleMeta,
  {
    id: "too-many-findings",
    description: "A file with more than 200 findings: the rest are summed up in one note (errors are listed first).",
    severity: "info",
    messages: {},
    docs: {
      rationale: "A pasted or generated file can produce thousands of findings, and one YAML mistake can cause many more. The first 200 of a file are listed (errors before warnings) and one note says how many were left out, with the severity of the worst of them, so the exit code still tells the truth. Fix what is shown and run again.",
      incorrect: "# (a file with 201 or more problems)\n",
      correct: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n"
    }
  },
  {
    id: "file-unreadable",
    description: "A file that cannot be read as YAML text: binary, not UTF-8, too large, unreadable, or a symbolic link leading outside the graded folder; and, as an info, a file that is not read because of its name.",
    severity: "error",
    messages: {},
    docs: {
      rationale: "kubectl can only apply text files. A file saved in another encoding, a binary file with a .yaml name, or a link to a file outside the folder being graded is reported once and skipped; every other file is still checked. A file in a searched folder whose name is not read (kubectl apply -f DIR reads .yaml, .yml and .json; lint mode reads .yaml and .yml unless --ext adds more) is named in an info at its first line, so a job.txt is never silently left out: in grade mode every such file except dot files, in lint mode those whose first lines look like a manifest (apiVersion and kind).",
      incorrect: "# (a file saved as UTF-16, or a symlink to /etc/passwd named secret.yaml)\n",
      correct: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n"
    }
  },
  {
    id: "yaml-syntax",
    description: 'Every error the YAML parser reports (tabs, bad indentation, a missing "- " or space after ":", unquoted special characters, unclosed quotes and brackets, two resources without "---", alias limits), in plain words, once per mistake, at its own position.',
    severity: "error",
    messages: {},
    docs: {
      rationale: "A document with a YAML error cannot be read reliably: the parser guesses, and a guess can silently move a field to another level. Such a document is reported at the exact position of each mistake and not checked further, so fix these first. Messages name the key and say how to fix it; they never repeat the text of a value, which may be a password.",
      incorrect: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n	name: settings\n",
      correct: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n"
    }
  },
  {
    id: "yaml-portability",
    description: "YAML that kubectl accepts but stricter YAML 1.2 parsers reject: lone CR line ends, a multi-line double-quoted value continued no deeper than its key.",
    severity: "warning",
    messages: {},
    docs: {
      rationale: "kubectl reads YAML with go-yaml (through sigs.k8s.io/yaml), which is more lenient than the YAML 1.2 specification in two ways that turn up in real repositories: it takes a lone CR (old Mac line ends) as a line break, and it accepts a double-quoted value whose continuation lines are indented no deeper than its key. The manifest applies, so it is checked as kubectl reads it, but editors, linters and other tools built on a strict parser reject the file: one warning names the place.",
      incorrect: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  motd: "Welcome to the\n  workshop"\n',
      correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  motd: "Welcome to the\n    workshop"\n'
    }
  },
  {
    id: "yaml-duplicate-key",
    description: "A mapping key given twice; kubectl rejects the file. The other checks read the last value.",
    severity: "error",
    messages: {},
    docs: {
      rationale: "When a key appears twice in the same mapping, kubectl refuses the file (its YAML-to-JSON conversion fails on the repeated key). This usually means a block was pasted twice or a field was meant to go one level deeper. The rest of the document is still checked, reading the last value as a reader of the file would.",
      incorrect: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n  mode: slow\n",
      correct: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: slow\n"
    }
  },
  {
    id: "manifest-shape",
    description: "A document that is not a mapping, or lacks apiVersion, kind or metadata.name.",
    severity: "error",
    messages: {},
    docs: {
      rationale: "Every Kubernetes object needs apiVersion and kind (which API it belongs to) and metadata.name (what it is called). Without them the API server cannot even tell what the document is meant to be.",
      incorrect: "kind: Job\nmetadata:\n  name: traceroute\n",
      correct: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\n"
    }
  },
  {
    id: "not-a-manifest",
    description: "A YAML file or document that is not a Kubernetes API object (a Kustomization, a Helm template, Chart.yaml or values.yaml, a Skaffold, kind or kubeadm config, a *.config.k8s.io component config, docker-compose, .github/, pre-commit): one note, and it is not checked as a manifest.",
    severity: "info",
    messages: {},
    docs: {
      rationale: "Repositories keep tool configuration next to their manifests, often in YAML with an apiVersion and a kind of its own. kubectl never applies these files, so shape and schema errors on them are noise. They are recognised by file name (kustomization.yaml, Chart.yaml, values.yaml, skaffold.yaml, docker-compose.yml, .pre-commit-config.yaml, anything under .github/), by Helm template syntax ({{ .Values.x }}, {{- if }} in a chart's templates/ folder) and by apiVersion group (kustomize.config.k8s.io, skaffold/, kind.x-k8s.io, kubeadm.k8s.io, audit.k8s.io, any *.config.k8s.io), never by a field that is missing: a Job without apiVersion is still a manifest with a mistake. Lint what they produce instead, e.g. `kustomize build DIR | grade --lint -` or `helm template CHART | grade --lint -`. In lint mode, a .json file (with --ext json) is read only when it is an object with apiVersion and kind.",
      incorrect: "# (not reported: a file that kubectl never applies)\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n",
      correct: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n"
    }
  },
  {
    id: "unrendered-template",
    description: "A manifest that still holds a template placeholder (${VAR}, ${VAR:-default}, {{ .Values.x }}): one warning per document, and no type errors for the placeholder values.",
    severity: "warning",
    messages: {},
    docs: {
      rationale: 'Manifests meant for envsubst, Helm or another template tool hold placeholders that are replaced before kubectl sees them. Applied as they are, the API server stores the placeholder text or rejects it (a port of "${PORT}" is not a number). One warning per document says that a placeholder is left; schema type, enum and format errors on the placeholder values themselves are not reported, since the rendered value is what counts. Placeholders inside command, args, ConfigMap and Secret data, annotations and multi-line strings are left alone: there ${VAR} is usually a shell variable.',
      incorrect: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${REPLICAS:-1}\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n",
      correct: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n"
    }
  },
  schemaMeta,
  apiVersionMeta,
  {
    id: "rubric",
    description: "A graded check of the rubric that fails: a resource the exercise asks for is missing, or a field does not have the value the exercise text asks for (grade mode only).",
    severity: "error",
    messages: {},
    docs: {
      rationale: 'When grading, every check of the rubric (the built-in day-2 workshop, or --rubric FILE) looks at the resource the exercise asks for. A failed check is reported at the line that decides it, with the exercise and check it belongs to and a hint from the rubric: "no ConfigMap named not-secret-config; did you mean not-secret-conifg?", or "the container runs echo Jeff, but the exercise asks for ls -al /etc/not-secret; cat /etc/not-secret/username". Nothing inside the answers can switch a check off.',
      incorrect: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:latest\n          command: ["traceroute", "google.com"]\n',
      correct: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["traceroute", "google.com"]\n'
    }
  }
];

// src/lint/suppress.ts
var lexerMarkers = /* @__PURE__ */ new Set(["", "", ""]);
var directivePattern = /^#\s*(kubegrade-[A-Za-z-]*)(.*)$/s;
var knownDirectives = {
  "kubegrade-disable-line": "line",
  "kubegrade-disable-next-line": "next-line"
};
function namedRules(list) {
  const reasonAt = list.search(/\s--(\s|$)/);
  const names = reasonAt >= 0 ? list.slice(0, reasonAt) : list;
  return [...names.matchAll(/[^\s,]+/g)].map((match) => ({ id: match[0], offset: match.index ?? 0 }));
}
function findDirectives(file, source) {
  const text3 = source.charCodeAt(0) === 65279 ? source.slice(1) : source;
  const directives = { lines: [], malformed: [] };
  if (!text3.includes("kubegrade-")) return directives;
  const starts = lineStartsOf(text3);
  let offset = 0;
  for (const token of new import_yaml7.Lexer().lex(text3)) {
    if (lexerMarkers.has(token)) continue;
    const start = offset;
    offset += token.length;
    if (token[0] !== "#") continue;
    const match = directivePattern.exec(token.trimEnd());
    if (!match) continue;
    const directive = match[1];
    const kind = knownDirectives[directive];
    const commentRange = offsetsToRange(starts, start, start + token.trimEnd().length);
    if (!kind) {
      directives.malformed.push({ file, directive, range: commentRange });
      continue;
    }
    const listStart = start + token.indexOf(directive) + directive.length;
    const rules2 = namedRules(match[2] ?? "").map(({ id, offset: at }) => ({ id, range: offsetsToRange(starts, listStart + at, listStart + at + id.length) }));
    const targetLine = commentRange.line + (kind === "next-line" ? 1 : 0);
    directives.lines.push({ file, kind, targetLine, rules: rules2, range: commentRange });
  }
  return directives;
}

// src/k8s/config-data.ts
function configDataKeys(resource) {
  const sections = resource.kind === "Secret" ? ["data", "stringData"] : ["data", "binaryData"];
  const keys = /* @__PURE__ */ new Set();
  for (const section of sections) {
    const data = resource.value[section];
    if (isObject(data)) for (const key of Object.keys(data)) keys.add(key);
  }
  return [...keys].sort();
}
function envFromKeys(resource) {
  const sections = resource.kind === "Secret" ? ["data", "stringData"] : ["data"];
  const keys = /* @__PURE__ */ new Set();
  for (const section of sections) {
    const data = resource.value[section];
    if (isObject(data)) for (const key of Object.keys(data)) keys.add(key);
  }
  return [...keys].sort();
}

// src/k8s/label-selector.ts
function labelsOf(value) {
  const labels2 = {};
  if (!isObject(value)) return labels2;
  for (const [key, label] of Object.entries(value)) {
    if (typeof label === "string" || typeof label === "number" || typeof label === "boolean") labels2[key] = String(label);
  }
  return labels2;
}
function selectorRequirements(selector, path4) {
  const requirements2 = [];
  for (const [key, value] of Object.entries(labelsOf(selector.matchLabels))) {
    requirements2.push({ type: "label", key, value, path: [...path4, "matchLabels", key] });
  }
  const expressions = selector.matchExpressions;
  if (Array.isArray(expressions)) {
    expressions.forEach((expression, index) => {
      if (!isObject(expression) || typeof expression.key !== "string" || typeof expression.operator !== "string") return;
      const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
      requirements2.push({ type: "expression", key: expression.key, operator: expression.operator, values, path: [...path4, "matchExpressions", index] });
    });
  }
  return requirements2;
}
function satisfies(labels2, requirement) {
  const present = Object.prototype.hasOwnProperty.call(labels2, requirement.key);
  const actual = labels2[requirement.key];
  if (requirement.type === "label") return actual === requirement.value;
  switch (requirement.operator) {
    case "In":
      return present && requirement.values.includes(actual);
    case "NotIn":
      return !present || !requirement.values.includes(actual);
    case "Exists":
      return present;
    case "DoesNotExist":
      return !present;
    default:
      return true;
  }
}
function describeRequirement(requirement) {
  if (requirement.type === "label") return `${requirement.key}=${requirement.value}`;
  switch (requirement.operator) {
    case "In":
      return `${requirement.key} in (${requirement.values.join(",")})`;
    case "NotIn":
      return `${requirement.key} notin (${requirement.values.join(",")})`;
    case "Exists":
      return requirement.key;
    case "DoesNotExist":
      return `!${requirement.key}`;
    default:
      return `${requirement.key} ${requirement.operator}`;
  }
}
function describeLabels(labels2) {
  const entries = Object.entries(labels2);
  return entries.length === 0 ? "(no labels)" : entries.map(([key, value]) => `${key}=${value}`).join(", ");
}

// src/k8s/pod-templates.ts
function podTemplateOf(resource) {
  const pod = podSpecOf(resource);
  if (!pod) return void 0;
  const labelsPath = [...pod.path.slice(0, -1), "metadata", "labels"];
  return { resource, labels: labelsOf(get(resource.value, labelsPath)), labelsPath };
}
var templatesKey = memoKey("pod templates");
function podTemplatesIn(index) {
  return index.memo(templatesKey, () => index.all.flatMap((resource) => podTemplateOf(resource) ?? []));
}
var controllerLabelKeys = /* @__PURE__ */ new Set([
  "job-name",
  "batch.kubernetes.io/job-name",
  "controller-uid",
  "batch.kubernetes.io/controller-uid",
  "batch.kubernetes.io/job-completion-index",
  "statefulset.kubernetes.io/pod-name",
  "apps.kubernetes.io/pod-index",
  "controller-revision-hash",
  "pod-template-hash",
  "pod-template-generation"
]);
var labelIndexKey = memoKey("pod templates by label");
function podTemplatesLabelled(index, key, value) {
  if (controllerLabelKeys.has(key)) return void 0;
  const byLabel = index.memo(labelIndexKey, () => {
    const built = /* @__PURE__ */ new Map();
    for (const template of podTemplatesIn(index)) {
      for (const [labelKey, labelValue] of Object.entries(template.labels)) {
        const label = `${labelKey}\0${labelValue}`;
        const list = built.get(label);
        if (list) list.push(template);
        else built.set(label, [template]);
      }
    }
    return built;
  });
  return byLabel.get(`${key}\0${value}`) ?? [];
}
var ordinalsKey = memoKey("pod template ordinals");
function podTemplateOrdinal(index, template) {
  const ordinals = index.memo(ordinalsKey, () => new Map(podTemplatesIn(index).map((each, i) => [each, i])));
  return ordinals.get(template) ?? -1;
}
var countsKey = memoKey("pod templates per namespace");
function podTemplatesNear(index, namespace) {
  const counts = index.memo(countsKey, () => {
    const built = /* @__PURE__ */ new Map();
    for (const template of podTemplatesIn(index)) built.set(template.resource.namespace, (built.get(template.resource.namespace) ?? 0) + 1);
    return built;
  });
  if (namespace === null) return podTemplatesIn(index).length;
  return (counts.get(namespace) ?? 0) + (counts.get(null) ?? 0);
}
function sameNamespace(a, b) {
  return canMeet(a, b);
}
function controllerAddsLabel(template, key, value) {
  const { kind, name } = template.resource;
  const podName = { test: (text3) => new RegExp(`^${escapeRegExp(name ?? "")}-\\d+$`).test(text3) };
  switch (kind) {
    case "Job":
      if (key === "job-name" || key === "batch.kubernetes.io/job-name") return value === name;
      return ["controller-uid", "batch.kubernetes.io/controller-uid", "batch.kubernetes.io/job-completion-index"].includes(key);
    case "CronJob":
      if (key === "job-name" || key === "batch.kubernetes.io/job-name") return podName.test(value);
      return ["controller-uid", "batch.kubernetes.io/controller-uid"].includes(key);
    case "StatefulSet":
      if (key === "statefulset.kubernetes.io/pod-name") return podName.test(value);
      if (key === "apps.kubernetes.io/pod-index") return /^\d+$/.test(value);
      return key === "controller-revision-hash";
    case "Deployment":
      return key === "pod-template-hash";
    case "DaemonSet":
      return key === "controller-revision-hash" || key === "pod-template-generation";
    default:
      return false;
  }
}
function escapeRegExp(text3) {
  return text3.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// rules/config-ref.ts
var envConsequence = "The container cannot start (CreateContainerConfigError).";
var volumeConsequence = "The volume cannot be set up, so the pod stays in ContainerCreating.";
function itemKeys(source, path4) {
  const items = source.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item, index) => isObject(item) && typeof item.key === "string" ? [{ key: item.key, path: [...path4, "items", index, "key"] }] : []);
}
function volumeReference(kind, source, path4, nameField) {
  if (!isObject(source) || typeof source[nameField] !== "string") return [];
  return [
    {
      kind,
      name: source[nameField],
      namePath: [...path4, nameField],
      optional: source.optional === true,
      keys: itemKeys(source, path4),
      consequence: volumeConsequence
    }
  ];
}
function referencesOf(pod) {
  const found = [];
  for (const { path: path4, container } of containersOf(pod)) {
    const env = container.env;
    if (Array.isArray(env)) {
      env.forEach((entry, index) => {
        if (!isObject(entry) || !isObject(entry.valueFrom)) return;
        for (const [field, kind] of [
          ["configMapKeyRef", "ConfigMap"],
          ["secretKeyRef", "Secret"]
        ]) {
          const ref = entry.valueFrom[field];
          if (!isObject(ref) || typeof ref.name !== "string") continue;
          const refPath = [...path4, "env", index, "valueFrom", field];
          const keys = typeof ref.key === "string" ? [{ key: ref.key, path: [...refPath, "key"] }] : [];
          found.push({ kind, name: ref.name, namePath: [...refPath, "name"], optional: ref.optional === true, keys, consequence: envConsequence });
        }
      });
    }
    const envFrom = container.envFrom;
    if (Array.isArray(envFrom)) {
      envFrom.forEach((entry, index) => {
        if (!isObject(entry)) return;
        for (const [field, kind] of [
          ["configMapRef", "ConfigMap"],
          ["secretRef", "Secret"]
        ]) {
          const ref = entry[field];
          if (!isObject(ref) || typeof ref.name !== "string") continue;
          found.push({
            kind,
            name: ref.name,
            namePath: [...path4, "envFrom", index, field, "name"],
            optional: ref.optional === true,
            keys: [],
            consequence: envConsequence
          });
        }
      });
    }
  }
  const volumes = pod.spec.volumes;
  if (Array.isArray(volumes)) {
    volumes.forEach((volume, index) => {
      if (!isObject(volume)) return;
      const path4 = [...pod.path, "volumes", index];
      found.push(...volumeReference("ConfigMap", volume.configMap, [...path4, "configMap"], "name"));
      found.push(...volumeReference("Secret", volume.secret, [...path4, "secret"], "secretName"));
      const sources3 = isObject(volume.projected) ? volume.projected.sources : void 0;
      if (!Array.isArray(sources3)) return;
      sources3.forEach((source, sourceIndex) => {
        if (!isObject(source)) return;
        const sourcePath = [...path4, "projected", "sources", sourceIndex];
        found.push(...volumeReference("ConfigMap", source.configMap, [...sourcePath, "configMap"], "name"));
        found.push(...volumeReference("Secret", source.secret, [...sourcePath, "secret"], "name"));
      });
    });
  }
  return found;
}
var dataKeysKey = memoKey("config-ref: data keys");
function dataKeysOf(index, target) {
  const dataKeys = index.memo(dataKeysKey, () => /* @__PURE__ */ new Map());
  let keys = dataKeys.get(target);
  if (!keys) dataKeys.set(target, keys = configDataKeys(target));
  return keys;
}
var nearbyKey = memoKey("config-ref: names nearby");
function namesNearby(index, kind, namespace) {
  const byKey = index.memo(nearbyKey, () => /* @__PURE__ */ new Map());
  const key = keyOf(kind, namespace);
  let nearby = byKey.get(key);
  if (!nearby) {
    const firstNamed = /* @__PURE__ */ new Map();
    for (const other of index.ofKind(kind)) {
      if (other.name !== null && sameNamespace(other.namespace, namespace) && !firstNamed.has(other.name)) firstNamed.set(other.name, other);
    }
    nearby = { suggest: nameSuggester(firstNamed.keys()), firstNamed };
    byKey.set(key, nearby);
  }
  return nearby;
}
var config_ref_default = defineRule({
  uses: {
    own: [
      ["$containers", "env"],
      ["$containers", "envFrom"],
      ["$pod", "volumes"]
    ],
    others: {
      ConfigMap: [
        ["data", "{keys}"],
        ["binaryData", "{keys}"]
      ],
      Secret: [
        ["data", "{keys}"],
        ["stringData", "{keys}"]
      ]
    }
  },
  meta: {
    id: "config-ref",
    description: "ConfigMaps and Secrets a pod uses (env, envFrom, volumes) exist among your files and have the keys it asks for.",
    severity: "error",
    kinds: ["Pod", "PodTemplate", "Job", "CronJob", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"],
    messages: {
      keyMissing: '{{kind}} {{name}} has no key "{{key}}"; it has {{keys}}. {{consequence}}',
      keyMissingSuggest: '{{kind}} {{name}} has no key "{{key}}" (did you mean "{{suggestion}}"?); it has {{keys}}. {{consequence}}',
      optionalKeyMissing: '{{kind}} {{name}} has no key "{{key}}" (it has {{keys}}); the reference is optional, so it is silently skipped.',
      namespaceApart: "{{kind}} {{name}} is in namespace {{target}}; this pod runs in {{namespace}} and cannot use it.",
      namespaceOfTarget: "{{kind}} {{name}} is in namespace {{target}}, and this pod names no namespace: it can use it only if the pod is applied in {{target}} too.",
      namespaceOfPod: "{{kind}} {{name}} names no namespace, and this pod runs in {{namespace}}: it can use it only if {{name}} is applied in {{namespace}} too.",
      objectMissing: "{{kind}} {{name}} is not among your files: the pod will not start unless it exists in the cluster.",
      objectMissingSuggest: "{{kind}} {{name}} is not among your files (did you mean {{suggestion}}, defined in {{where}}?): the pod will not start unless it exists in the cluster."
    },
    hints: {
      keyMissing: 'Use one of the keys of {{kind}} {{name}}, or add "{{key}}" to it.',
      keyMissingSuggest: 'Change the key to "{{suggestion}}": keys must match exactly, including - and _.',
      optionalKeyMissing: "Use one of the existing keys if you expected a value here.",
      namespaceApart: "A pod can only use a {{kind}} of its own namespace: put both in the same metadata.namespace.",
      namespaceOfTarget: "Give this pod metadata.namespace: {{target}} as well, or apply it with kubectl apply -n {{target}}.",
      namespaceOfPod: "Give {{kind}} {{name}} metadata.namespace: {{namespace}} as well, or apply it with kubectl apply -n {{namespace}}.",
      objectMissing: "Add the {{kind}} to your files (or create it before the pod), or mark the reference optional: true if the pod can run without it.",
      objectMissingSuggest: "Change the name to {{suggestion}}, or add a {{kind}} named {{name}}."
    },
    docs: {
      rationale: "A pod reads ConfigMaps and Secrets by name, and single values by key. The API server accepts any name and key, but the pod cannot start when the object or the key does not exist: a missing key in a configMapKeyRef stops the container with CreateContainerConfigError, a missing item key stops the volume from mounting. When the object is among your files a missing key is certain to fail; when it is not, it must already exist in the cluster. Keys are exact: max-hops and max_hops are different keys. Only key names are ever shown, never values.",
      incorrect: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: target-google\ndata:\n  target: google.com\n  ttw: "4"\n  max-hops: "15"\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute-google\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          env:\n            - name: MAX_HOPS\n              valueFrom:\n                configMapKeyRef:\n                  name: target-google\n                  key: max_hops\n',
      correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: target-google\ndata:\n  target: google.com\n  ttw: "4"\n  max-hops: "15"\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute-google\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          env:\n            - name: MAX_HOPS\n              valueFrom:\n                configMapKeyRef:\n                  name: target-google\n                  key: max-hops\n'
    }
  },
  check({ resource, index, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const reference of referencesOf(pod)) {
      const { kind, name } = reference;
      const found = index.lookup(kind, name, resource.namespace);
      const target = found.resource;
      const other = found.elsewhere[0];
      if (!target && other && resource.namespace !== null && other.namespace !== null) {
        if (!reference.optional)
          report({ path: reference.namePath, messageId: "namespaceApart", data: { kind, name, target: other.namespace, namespace: resource.namespace } });
        continue;
      }
      if (found.meeting?.status === "depends") {
        const onTarget = found.meeting.side === "to";
        report({
          path: reference.namePath,
          messageId: onTarget ? "namespaceOfTarget" : "namespaceOfPod",
          severity: "warning",
          data: { kind, name, target: found.meeting.named, namespace: found.meeting.named }
        });
      }
      if (!target) {
        if (reference.optional) continue;
        const nearby = namesNearby(index, kind, resource.namespace);
        const suggestion = nearby.suggest(name);
        const similar = suggestion === void 0 ? void 0 : nearby.firstNamed.get(suggestion);
        if (suggestion && similar) {
          report({ path: reference.namePath, messageId: "objectMissingSuggest", severity: "warning", data: { kind, name, suggestion, where: similar.file } });
        } else {
          report({ path: reference.namePath, messageId: "objectMissing", severity: "warning", data: { kind, name } });
        }
        continue;
      }
      if (reference.keys.length === 0) continue;
      const available2 = dataKeysOf(index, target);
      for (const { key, path: path4 } of reference.keys) {
        if (available2.includes(key)) continue;
        const data = { kind, name, key, keys: listNames(available2), consequence: reference.consequence };
        if (reference.optional) {
          report({ path: path4, messageId: "optionalKeyMissing", severity: "info", data });
          continue;
        }
        const suggestion = suggestName(key, available2);
        report({ path: path4, messageId: suggestion ? "keyMissingSuggest" : "keyMissing", data: suggestion ? { ...data, suggestion } : data });
      }
    }
  }
});

// src/k8s/names.ts
var configKeyMaxLength = 253;
var configKeyPattern = /^[-._a-zA-Z0-9]+$/;
function configKeyProblem(key) {
  if (key.length === 0) return "empty";
  if (key.length > configKeyMaxLength) return "tooLong";
  if (!configKeyPattern.test(key)) return "characters";
  if (key === "." || key.startsWith("..")) return "dots";
  return void 0;
}
function invalidKeyCharacters(key) {
  const bad = [...new Set([...key].filter((char) => !configKeyPattern.test(char)))];
  return bad.map((char) => char === " " ? "a space" : `"${char}"`).join(", ");
}
function portNameProblem(name) {
  if (name.length > 15) return "it is longer than 15 characters";
  if (!/^[-a-z0-9]+$/.test(name)) return 'only lower-case letters, digits and "-" are allowed';
  if (!/[a-z]/.test(name)) return "it needs at least one letter";
  if (name.includes("--")) return 'it must not contain "--"';
  if (name.startsWith("-") || name.endsWith("-")) return 'it must not begin or end with "-"';
  return void 0;
}
function isDns1123Subdomain(name) {
  return name.length <= 253 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name);
}
var configKeyMessageIds = { empty: "keyEmpty", tooLong: "keyTooLong", characters: "keyCharacters", dots: "keyDots" };
function reportConfigKey(report, section, key) {
  const problem = configKeyProblem(key);
  if (!problem) return;
  report({
    path: [section, key],
    messageId: configKeyMessageIds[problem],
    target: "key",
    data: { key, chars: invalidKeyCharacters(key), suggestion: key.replace(/[^-._a-zA-Z0-9]+/g, "-"), length: key.length, start: key.slice(0, 40) }
  });
}
function valueTypeName(value) {
  if (Array.isArray(value)) return "list";
  if (isObject(value)) return "map";
  return typeof value;
}

// src/k8s/credential-keys.ts
var credentialWords = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pwd",
  "passphrase",
  "pass",
  "secret",
  "secrets",
  "token",
  "tokens",
  "credential",
  "credentials",
  "creds",
  "apikey",
  "apitoken",
  "authtoken",
  "accesstoken",
  "refreshtoken",
  "privatekey",
  "secretkey",
  "accesskey",
  "clientsecret",
  "auth",
  "authorization",
  "authkey",
  "bearer",
  "htpasswd",
  "dockerconfigjson",
  "dockercfg",
  "cookie",
  "sessionid"
]);
var credentialSuffixes = ["password", "passwd", "passphrase", "secret", "secrets", "token", "tokens", "credential", "credentials", "apikey", "privatekey"];
var credentialPairs = /* @__PURE__ */ new Set([
  "api key",
  "private key",
  "secret key",
  "access key",
  "tls key",
  "ssh key",
  "signing key",
  "encryption key",
  "master key",
  "auth key",
  "client key"
]);
var keyFile = /(\.(key|pem|p12|pfx|jks|keystore)|^id_(rsa|dsa|ecdsa|ed25519))$/i;
function wordsOf(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter((word) => word !== "").map((word) => word.toLowerCase());
}
function looksLikeCredential(key) {
  let known = verdicts.get(key);
  if (known === void 0) {
    if (verdicts.size >= 1e4) verdicts.clear();
    known = namesACredential(key);
    verdicts.set(key, known);
  }
  return known;
}
var verdicts = /* @__PURE__ */ new Map();
function namesACredential(key) {
  if (keyFile.test(key)) return true;
  const words = wordsOf(key);
  const last = words.at(-1);
  if (last === void 0) return false;
  if (credentialWords.has(last)) return true;
  if (credentialSuffixes.some((suffix) => last.endsWith(suffix))) return true;
  return words.length >= 2 && credentialPairs.has(`${words.at(-2)} ${last}`);
}

// src/k8s/redact.ts
var nonSecretKinds = /* @__PURE__ */ new Set([
  "ConfigMap",
  "Pod",
  "PodTemplate",
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job",
  "CronJob",
  "Service",
  "Endpoints",
  "EndpointSlice",
  "Ingress",
  "IngressClass",
  "NetworkPolicy",
  "Namespace",
  "ServiceAccount",
  "PersistentVolume",
  "PersistentVolumeClaim",
  "StorageClass",
  "Role",
  "ClusterRole",
  "RoleBinding",
  "ClusterRoleBinding",
  "HorizontalPodAutoscaler",
  "PodDisruptionBudget",
  "LimitRange",
  "ResourceQuota",
  "PriorityClass",
  "RuntimeClass",
  "Lease",
  "CustomResourceDefinition",
  "APIService",
  "Event",
  "Node",
  "CSIDriver",
  "VolumeAttachment"
]);
function isKnownNonSecretKind(kind, schemaKnown = false) {
  if (typeof kind !== "string") return false;
  return nonSecretKinds.has(kind) || schemaKnown && kind !== "Secret" && !looksLikeCredential(kind);
}
var credentialInUrl = /(?<![a-z0-9+.-])[0-9+.-]*[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:[^\s/@]+@/i;
var lastApplied = "kubectl.kubernetes.io/last-applied-configuration";
function holdsCredentialUrl(text3) {
  return text3.includes("://") && text3.includes("@") && credentialInUrl.test(text3);
}
var referenceFields = /* @__PURE__ */ new Set(["secret", "secrets", "imagePullSecrets", "serviceAccountToken", "automountServiceAccountToken"]);
var userKeyed = /* @__PURE__ */ new Set(["data", "stringData", "binaryData"]);
function namesCredential(path4) {
  return path4.some(
    (segment) => typeof segment === "string" && looksLikeCredential(segment) && (!referenceFields.has(segment) || userKeyed.has(String(path4[0])))
  );
}
function describesOnly(path4) {
  return describesOnlyAt(path4.length, path4[0], path4[1]);
}
function mustRedact(holder, path4, options2 = {}) {
  if (options2.secretExpected) return true;
  if (!isKnownNonSecretKind(holder.kind, options2.schemaKnown) && !describesOnly(path4)) return true;
  if (path4.includes(lastApplied)) return true;
  const value = get(holder.value, path4);
  if (typeof value !== "boolean") {
    if (namesCredential(path4)) return true;
    for (const [i, segment] of path4.entries()) {
      if (segment !== "value" || i === 0) continue;
      const name = get(holder.value, [...path4.slice(0, i), "name"]);
      if (typeof name === "string" && looksLikeCredential(name)) return true;
    }
  }
  return typeof value === "string" && holdsCredentialUrl(value);
}
var textsCache = /* @__PURE__ */ new WeakMap();
var pathsCache = /* @__PURE__ */ new WeakMap();
function redactedTexts(holder) {
  const cached = isObject(holder.value) ? textsCache.get(holder.value) : void 0;
  if (cached) return cached;
  const texts = /* @__PURE__ */ new Set();
  const paths = [];
  forEachRedacted(holder, (path4, value) => {
    texts.add(String(value));
    paths.push(path4.slice());
  });
  if (isObject(holder.value)) {
    textsCache.set(holder.value, texts);
    pathsCache.set(holder.value, paths);
  }
  return texts;
}
function redactedPaths(holder) {
  const cached = isObject(holder.value) ? pathsCache.get(holder.value) : void 0;
  if (cached) return cached;
  const paths = [];
  forEachRedacted(holder, (path4) => paths.push(path4.slice()));
  return paths;
}
var namesCredentialFlag = 1;
var lastAppliedFlag = 2;
var credentialNameFlag = 4;
function forEachRedacted(holder, found) {
  const knownKind = isKnownNonSecretKind(holder.kind);
  const path4 = [];
  let first;
  const walk = (value, depth, known) => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path4[depth] = i;
        path4.length = depth + 1;
        if (depth === 0) first = i;
        walk(value[i], depth + 1, known);
      }
      return;
    }
    if (typeof value === "object" && value !== null) {
      for (const key of Object.keys(value)) {
        path4[depth] = key;
        path4.length = depth + 1;
        if (depth === 0) first = key;
        let flags = known;
        if (key === lastApplied) flags |= lastAppliedFlag;
        if (looksLikeCredential(key) && (!referenceFields.has(key) || userKeyed.has(String(first)))) flags |= namesCredentialFlag;
        if (key === "value" && depth > 0) {
          const name = value.name;
          if (typeof name === "string" && Object.prototype.hasOwnProperty.call(value, "name") && looksLikeCredential(name)) flags |= credentialNameFlag;
        }
        walk(value[key], depth + 1, flags);
      }
      return;
    }
    if (value === void 0 || value === null || typeof value === "boolean") return;
    path4.length = depth;
    const redact = known !== 0 || !knownKind && !describesOnlyAt(depth, first, depth > 1 ? path4[1] : void 0) || typeof value === "string" && holdsCredentialUrl(value);
    if (redact) found(path4, value);
  };
  walk(holder.value, 0, 0);
}
function describesOnlyAt(length, first, second) {
  if (length === 0) return false;
  if (first === "apiVersion" || first === "kind" || first === "type") return length === 1;
  return first === "metadata" && second !== "annotations";
}
var redactedMark = "<redacted>";
function redactText(text3, texts) {
  if (texts.has(text3)) return redactedMark;
  for (const secret of texts) if (secret.length >= 4 && text3.includes(secret)) return redactedMark;
  return text3;
}

// src/k8s/base64.ts
var standardBase64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function decodeStandardBase64(text3) {
  const compact = text3.replace(/[\r\n]/g, "");
  if (!standardBase64.test(compact)) return void 0;
  return new Uint8Array(Buffer.from(compact, "base64"));
}
function base64Slip(text3) {
  const compact = text3.replace(/[\r\n]/g, "");
  if (!/^[A-Za-z0-9+/_-]+=*$/.test(compact)) return void 0;
  const urlSafe = /[-_]/.test(compact);
  const standard = compact.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  if (standard.length % 4 === 1) return void 0;
  const padded = standard + "=".repeat((4 - standard.length % 4) % 4);
  const bytes = decodeStandardBase64(padded);
  if (!bytes || !isReadableText(bytes)) return void 0;
  if (urlSafe) return "urlSafe";
  return padded === compact ? void 0 : "padding";
}
var controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
function isReadableText(bytes) {
  let text3;
  try {
    text3 = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !controlCharacters.test(text3);
}

// rules/configmap-data.ts
var configmap_data_default = defineRule({
  meta: {
    id: "configmap-data",
    description: 'ConfigMap data values are strings, keys use only letters, digits, "-", "_" and ".", and binaryData values are base64.',
    severity: "error",
    kinds: ["ConfigMap"],
    messages: {
      notString: "The value of {{key}} is a {{type}}, but ConfigMap data values must be strings; the API server rejects it.",
      boolean: "The value of {{key}} is read as a boolean (unquoted true/false/yes/no/on/off are booleans in YAML), but ConfigMap data values must be strings.",
      nested: "The value of {{key}} is a {{type}}, but ConfigMap data is a flat map of strings; the API server rejects it.",
      keyCharacters: 'The key "{{key}}" contains {{chars}}; ConfigMap keys may only use letters, digits, "-", "_" and ".".',
      keyTooLong: 'The key "{{start}}..." is {{length}} characters long; ConfigMap keys may have at most 253.',
      keyDots: 'The key "{{key}}" is not allowed: a key becomes a file name in a volume, so it must not be "." or start with "..".',
      keyEmpty: "A ConfigMap key cannot be empty.",
      binaryNotString: "The binaryData value of {{key}} is a {{type}}; binaryData values must be base64 strings.",
      binaryNotBase64: "The binaryData value of {{key}} is not valid base64, so the API server rejects it.",
      duplicateKey: "The key {{key}} is in both data and binaryData; a ConfigMap key may appear in only one of them."
    },
    hints: {
      notString: 'Put the value in quotes: {{key}}: "{{text}}".',
      boolean: 'Put the value in quotes exactly as you want it to read, e.g. {{key}}: "yes" or {{key}}: "true".',
      nested: "Give each value its own key, or keep the block as text: write {{key}}: | and indent the content below it.",
      keyCharacters: 'Rename the key, e.g. "{{suggestion}}".',
      keyTooLong: "Use a shorter key.",
      keyDots: 'Rename the key so it does not start with "..".',
      keyEmpty: "Give the value a name.",
      binaryNotString: "Encode the bytes with base64 (base64 -w0 FILE) and put the result in quotes.",
      binaryNotBase64: "Encode the file with base64 (base64 -w0 FILE), or put plain text under data instead.",
      duplicateKey: "Keep {{key}} in one place: data for text, binaryData for base64-encoded bytes."
    },
    docs: {
      rationale: 'A ConfigMap holds text: every value under data must be a string. YAML reads an unquoted 4 as a number and yes or true as a boolean, and the API server rejects both, so numbers and flags must be quoted ("4"). Keys become environment variable sources and file names, so they may only use letters, digits, "-", "_" and ".". Bytes go under binaryData, base64-encoded.',
      incorrect: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: target-google\ndata:\n  target: google.com\n  ttw: 4\n  max-hops: 15\n",
      correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: target-google\ndata:\n  target: google.com\n  ttw: "4"\n  max-hops: "15"\n'
    }
  },
  check({ resource, value, report }) {
    const data = value.data;
    if (isObject(data)) {
      for (const [key, item] of Object.entries(data)) {
        reportConfigKey(report, "data", key);
        if (typeof item === "string") continue;
        const path4 = ["data", key];
        const fix = { title: `Put the value of ${key} in quotes`, quote: true };
        if (typeof item === "boolean") report({ path: path4, messageId: "boolean", data: { key }, fix });
        else if (typeof item === "number")
          report({ path: path4, messageId: "notString", data: { key, type: "number", text: mustRedact(resource, path4) ? "..." : String(item) }, fix });
        else report({ path: path4, messageId: "nested", data: { key, type: valueTypeName(item) } });
      }
    }
    const binaryData = value.binaryData;
    if (isObject(binaryData)) {
      for (const [key, item] of Object.entries(binaryData)) {
        reportConfigKey(report, "binaryData", key);
        const path4 = ["binaryData", key];
        if (isObject(data) && Object.prototype.hasOwnProperty.call(data, key)) report({ path: path4, messageId: "duplicateKey", target: "key", data: { key } });
        if (typeof item !== "string") report({ path: path4, messageId: "binaryNotString", data: { key, type: valueTypeName(item) } });
        else if (!decodeStandardBase64(item)) report({ path: path4, messageId: "binaryNotBase64", data: { key } });
      }
    }
  }
});

// rules/credentials-in-configmap.ts
var credentials_in_configmap_default = defineRule({
  meta: {
    id: "credentials-in-configmap",
    description: "ConfigMap keys that look like credentials (password, token, secret, api key, private key): use a Secret.",
    severity: "warning",
    kinds: ["ConfigMap"],
    messages: {
      credential: 'ConfigMap key "{{key}}" looks like a credential. A ConfigMap is not meant for secrets: its values are shown in plain text (kubectl describe configmap prints them) to anyone who can read ConfigMaps.'
    },
    hints: {
      credential: 'Move "{{key}}" to a Secret (under stringData:, or base64-encoded under data:) and read it with secretKeyRef or a secret volume.'
    },
    docs: {
      rationale: "ConfigMaps hold configuration, and Kubernetes makes no attempt to hide it: kubectl describe and kubectl get -o yaml print every value, and read access to ConfigMaps is commonly granted widely. Passwords, tokens, API keys and private keys belong in a Secret, which is shown only to those allowed to read Secrets, is not printed by kubectl describe, and can be encrypted at rest. Only the key's last word counts: secret-name or password-file name something about a credential and are not reported. Values are never shown.",
      incorrect: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: not-secret-config\ndata:\n  username: Jeff\n  password: TeachesThisClass\n  endpoint: http://localhost:8080/login\n",
      correct: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: login-config\ndata:\n  username: Jeff\n  endpoint: http://localhost:8080/login\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: login-password\nstringData:\n  password: TeachesThisClass\n"
    }
  },
  check({ value, report }) {
    for (const section of ["data", "binaryData"]) {
      const data = value[section];
      if (!isObject(data)) continue;
      for (const key of Object.keys(data)) {
        if (looksLikeCredential(key)) report({ path: [section, key], target: "key", messageId: "credential", data: { key } });
      }
    }
  }
});

// src/k8s/cron.ts
var cronFields = [
  { name: "minute", min: 0, max: 59, names: [], firstName: 0 },
  { name: "hour", min: 0, max: 23, names: [], firstName: 0 },
  { name: "day-of-month", min: 1, max: 31, names: [], firstName: 0 },
  { name: "month", min: 1, max: 12, names: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], firstName: 1 },
  { name: "day-of-week", min: 0, max: 6, names: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"], firstName: 0 }
];
var cronMacros = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *"
};
var macroReplacements = {
  "@minutely": "* * * * *",
  "@weekdays": "0 0 * * 1-5",
  "@weekends": "0 0 * * 0,6"
};
var extensions = {
  L: 'L ("last")',
  W: 'W ("nearest weekday")',
  "#": '# ("nth weekday of the month")',
  H: 'H ("hashed value")'
};
function extensionIn(token) {
  if (token.includes("#")) return "#";
  if (/^H(?:\(|$)/i.test(token)) return "H";
  if (/^(?:\d+|L)W$/i.test(token)) return "W";
  if (/^\d*L$/i.test(token)) return "L";
  return void 0;
}
var goUnits = { ns: 1e-9, us: 1e-6, µs: 1e-6, μs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
function goDurationSeconds(text3) {
  const match = /^([-+]?)(.*)$/s.exec(text3);
  const body = match[2];
  if (body === "0") return 0;
  if (body === "" || !/^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.test(body)) return void 0;
  let total = 0;
  for (const part of body.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(part[1]) * goUnits[part[2]];
  return match[1] === "-" ? -total : total;
}
function atoi(token) {
  return /^\+?\d+$/.test(token) ? Number(token) : void 0;
}
function parseField(text3, index) {
  const field = cronFields[index];
  const invalid = { messageId: "invalidField", data: { field: field.name, value: text3 } };
  const values = /* @__PURE__ */ new Set();
  let star = false;
  for (const item of text3.split(",").filter((part) => part !== "")) {
    const rangeAndStep = item.split("/");
    const lowAndHigh = rangeAndStep[0].split("-");
    for (const token of [...lowAndHigh, ...rangeAndStep.slice(1)]) {
      const extension = extensionIn(token);
      if (extension) return { messageId: "unsupported", data: { symbol: extensions[extension], field: field.name } };
    }
    const value = (token) => {
      const named = field.names.indexOf(token.toLowerCase());
      return named >= 0 ? named + field.firstName : atoi(token);
    };
    let start;
    let end;
    let itemStar = false;
    if (lowAndHigh[0] === "*" || lowAndHigh[0] === "?") {
      [start, end, itemStar] = [field.min, field.max, true];
    } else {
      if (lowAndHigh.length > 2) return invalid;
      const low = value(lowAndHigh[0]);
      const high = lowAndHigh.length === 2 ? value(lowAndHigh[1]) : low;
      if (low === void 0 || high === void 0) return invalid;
      [start, end] = [low, high];
    }
    let step = 1;
    if (rangeAndStep.length > 2) return invalid;
    if (rangeAndStep.length === 2) {
      const parsed = atoi(rangeAndStep[1]);
      if (parsed === void 0) return invalid;
      step = parsed;
      if (lowAndHigh.length === 1) end = field.max;
      if (step > 1) itemStar = false;
    }
    if (step === 0) return { messageId: "zeroStep", data: { field: field.name, item } };
    for (const [position, bound] of [start, end].entries()) {
      const token = position === 0 ? lowAndHigh[0] : lowAndHigh[1] ?? lowAndHigh[0];
      if (index === 4 && bound === 7 && /^\+?\d+$/.test(token)) return { messageId: "sunday7", data: {} };
      if (bound < field.min || bound > field.max) return { messageId: "outOfRange", data: { value: bound, field: field.name, min: field.min, max: field.max } };
    }
    if (start > end) return { messageId: "backwards", data: { item: rangeAndStep[0], field: field.name } };
    for (let n = start; n <= end; n += step) values.add(n);
    star ||= itemStar;
  }
  return { values, star };
}
var daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var sorted = (values) => [...values].sort((a, b) => a - b).join(",");
function parseFields(fields) {
  const parsed = [];
  for (const [index, text3] of fields.entries()) {
    const field = parseField(text3, index);
    if ("messageId" in field) return field;
    parsed.push(field);
  }
  const [minute, hour, dom, month, dow] = parsed;
  const both = dom.star || dow.star;
  let days = "";
  for (let d = 1; d <= 31; d++) {
    for (let w = 0; w < 7; w++) days += (both ? dom.values.has(d) && dow.values.has(w) : dom.values.has(d) || dow.values.has(w)) ? "1" : "0";
  }
  if (both && ![...month.values].some((m) => [...dom.values].some((d) => d <= daysInMonth[m - 1]))) {
    return { messageId: "neverRuns", data: { day: fields[2], month: fields[3] } };
  }
  return { type: "cron", minutes: sorted(minute.values), hours: sorted(hour.values), months: sorted(month.values), days };
}
function parseStandard(text3) {
  if (text3.trim() === "") return { messageId: "empty", data: {} };
  if (text3.startsWith("@")) {
    const macro = cronMacros[text3];
    if (macro) return parseFields(macro.split(" "));
    if (text3.startsWith("@every ")) {
      const duration = text3.slice("@every ".length);
      const seconds = goDurationSeconds(duration);
      if (seconds === void 0) return { messageId: "everyDuration", data: { duration } };
      return { type: "every", seconds: Math.max(1, Math.floor(seconds)) };
    }
    const lower = text3.trim().toLowerCase();
    const suggestion = cronMacros[lower] ? lower : macroReplacements[lower];
    return suggestion ? { messageId: "macroSuggestion", data: { macro: text3, suggestion } } : { messageId: "unknownMacro", data: { macro: text3 } };
  }
  const fields = text3.trim().split(/\s+/);
  if (fields.length === 6) return { messageId: "seconds", data: { suggestion: fields.slice(1).join(" ") } };
  if (fields.length !== 5) return { messageId: "fieldCount", data: { count: fields.length } };
  return parseFields(fields);
}
function checkCronJobSchedule(schedule) {
  let text3 = schedule;
  const problems = [];
  if (text3.includes("TZ")) {
    problems.push({ messageId: "timeZone", data: {} });
    const prefix = /^(?:CRON_)?TZ=\S*\s*/.exec(text3);
    if (!prefix) return problems;
    text3 = text3.slice(prefix[0].length);
  }
  const parsed = parseStandard(text3);
  if ("messageId" in parsed) problems.unshift(parsed);
  return problems;
}

// rules/cronjob-schedule.ts
var cronjob_schedule_default = defineRule({
  meta: {
    id: "cronjob-schedule",
    description: "A CronJob schedule is a 5-field cron expression or a macro (@hourly, @daily, @every 5m, ...) that Kubernetes accepts.",
    severity: "error",
    kinds: ["CronJob"],
    messages: {
      notString: "The schedule is a {{type}}, but Kubernetes expects a cron expression in a string.",
      empty: "The schedule is empty.",
      timeZone: "Kubernetes rejects TZ= and CRON_TZ= in the schedule of a new CronJob; the time zone has its own field, spec.timeZone.",
      seconds: 'This schedule has 6 fields, but Kubernetes schedules have no seconds field; drop the first field: "{{suggestion}}".',
      fieldCount: "A Kubernetes schedule has exactly 5 fields (minute hour day-of-month month day-of-week); this one has {{count}}.",
      macroSuggestion: '"{{macro}}" is not a schedule macro Kubernetes accepts; write "{{suggestion}}" instead.',
      unknownMacro: '"{{macro}}" is not a schedule macro Kubernetes accepts.',
      everyDuration: '@every needs a duration such as 90s, 5m or 1h30m; "{{duration}}" is not one.',
      unsupported: "{{symbol}} in the {{field}} field is an extension of other cron implementations; Kubernetes does not accept it.",
      outOfRange: "{{value}} is out of range for the {{field}} field, which takes {{min}}-{{max}}.",
      sunday7: "Kubernetes numbers the days of the week 0-6, so 7 is out of range (Sunday is 0).",
      zeroStep: 'The step in "{{item}}" ({{field}} field) is 0, which never advances; Kubernetes rejects it.',
      backwards: "The range {{item}} in the {{field}} field runs backwards; Kubernetes does not wrap ranges around.",
      invalidField: 'The {{field}} field "{{value}}" is not valid cron syntax.',
      neverRuns: "Day {{day}} of the month never comes in month(s) {{month}}, so this CronJob would never run."
    },
    hints: {
      notString: 'Write the schedule in quotes, e.g. schedule: "*/5 * * * *".',
      empty: 'Write a schedule such as "* * * * *" (every minute) or "@hourly".',
      timeZone: 'Remove the TZ=/CRON_TZ= part and set the zone in spec.timeZone (Kubernetes 1.27+), e.g. timeZone: "Etc/UTC".',
      seconds: "The five fields are minute, hour, day of month, month and day of week.",
      fieldCount: 'Write five fields separated by spaces, e.g. "*/5 * * * *" for every five minutes.',
      macroSuggestion: "Kubernetes knows @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly and @every <duration>, all lower-case.",
      unknownMacro: "Use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every <duration>, or a 5-field expression.",
      everyDuration: "Write the duration as a number and a unit (s, m or h), without spaces: @every 5m.",
      unsupported: "Use only numbers, names (JAN-DEC, SUN-SAT), *, ?, ranges (1-5), lists (1,15) and steps (*/10).",
      outOfRange: "The fields are minute 0-59, hour 0-23, day of month 1-31, month 1-12, day of week 0-6.",
      sunday7: "Write 0 or SUN for Sunday.",
      zeroStep: "Use a step of 1 or more, e.g. */5.",
      backwards: "Write the smaller value first, or use a list (e.g. 22,23,0,1) for a range that crosses the end.",
      invalidField: "A field takes numbers, names (JAN-DEC, SUN-SAT), *, ?, ranges (1-5), lists (1,15) and steps (*/10).",
      neverRuns: "Pick a day that exists in that month, or add months where it does."
    },
    docs: {
      rationale: 'Kubernetes parses the schedule with the robfig/cron standard parser: exactly five fields (minute, hour, day of month, month, day of week) or a macro such as @hourly or @every 5m. Schedules copied from other tools often have a seconds field, Quartz extensions such as L or #, or a time zone prefix, and the API server rejects them. An every-minute job is simply "* * * * *".',
      incorrect: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: login-heartbeat\nspec:\n  schedule: "0 * * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: heartbeat\n              image: alpine:3.8\n',
      correct: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: login-heartbeat\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: heartbeat\n              image: alpine:3.8\n'
    }
  },
  check({ value, report }) {
    const spec = value.spec;
    if (typeof spec !== "object" || spec === null || Array.isArray(spec)) return;
    const schedule = spec.schedule;
    if (schedule === void 0) return;
    const path4 = ["spec", "schedule"];
    if (typeof schedule !== "string") {
      report({ path: path4, messageId: "notString", data: { type: Array.isArray(schedule) ? "list" : typeof schedule === "object" ? "map" : typeof schedule } });
      return;
    }
    for (const problem of checkCronJobSchedule(schedule)) report({ path: path4, messageId: problem.messageId, data: problem.data });
  }
});

// rules/cronjob-structure.ts
var fieldsOf = {
  Object: ["apiVersion", "kind", "metadata", "spec", "status"],
  CronJobSpec: [
    "concurrencyPolicy",
    "failedJobsHistoryLimit",
    "jobTemplate",
    "schedule",
    "startingDeadlineSeconds",
    "successfulJobsHistoryLimit",
    "suspend",
    "timeZone"
  ],
  JobTemplateSpec: ["metadata", "spec"],
  JobSpec: [
    "activeDeadlineSeconds",
    "backoffLimit",
    "backoffLimitPerIndex",
    "completionMode",
    "completions",
    "managedBy",
    "manualSelector",
    "maxFailedIndexes",
    "parallelism",
    "podFailurePolicy",
    "podReplacementPolicy",
    "selector",
    "successPolicy",
    "suspend",
    "template",
    "ttlSecondsAfterFinished"
  ],
  PodTemplateSpec: ["metadata", "spec"],
  PodSpec: [
    "activeDeadlineSeconds",
    "affinity",
    "automountServiceAccountToken",
    "containers",
    "dnsConfig",
    "dnsPolicy",
    "enableServiceLinks",
    "ephemeralContainers",
    "hostAliases",
    "hostIPC",
    "hostNetwork",
    "hostPID",
    "hostUsers",
    "hostname",
    "imagePullSecrets",
    "initContainers",
    "nodeName",
    "nodeSelector",
    "os",
    "overhead",
    "preemptionPolicy",
    "priority",
    "priorityClassName",
    "readinessGates",
    "resourceClaims",
    "resources",
    "restartPolicy",
    "runtimeClassName",
    "schedulerName",
    "schedulingGates",
    "securityContext",
    "serviceAccount",
    "serviceAccountName",
    "setHostnameAsFQDN",
    "shareProcessNamespace",
    "subdomain",
    "terminationGracePeriodSeconds",
    "tolerations",
    "topologySpreadConstraints",
    "volumes"
  ],
  Container: [
    "args",
    "command",
    "env",
    "envFrom",
    "image",
    "imagePullPolicy",
    "lifecycle",
    "livenessProbe",
    "name",
    "ports",
    "readinessProbe",
    "resizePolicy",
    "resources",
    "restartPolicy",
    "securityContext",
    "startupProbe",
    "stdin",
    "stdinOnce",
    "terminationMessagePath",
    "terminationMessagePolicy",
    "tty",
    "volumeDevices",
    "volumeMounts",
    "workingDir"
  ]
};
var labels = {
  Object: "the top level",
  CronJobSpec: "the CronJob spec",
  JobTemplateSpec: "the job template",
  JobSpec: "the Job spec",
  PodTemplateSpec: "the pod template",
  PodSpec: "the pod spec",
  Container: "a container"
};
var chains = {
  CronJob: [
    { level: "Object" },
    { level: "CronJobSpec", key: "spec" },
    { level: "JobTemplateSpec", key: "jobTemplate" },
    { level: "JobSpec", key: "spec" },
    { level: "PodTemplateSpec", key: "template" },
    { level: "PodSpec", key: "spec" }
  ],
  Job: [{ level: "Object" }, { level: "JobSpec", key: "spec" }, { level: "PodTemplateSpec", key: "template" }, { level: "PodSpec", key: "spec" }]
};
var nestings = {
  CronJob: "spec > jobTemplate > spec > template > spec > containers",
  Job: "spec > template > spec > containers"
};
var metadataFields = /* @__PURE__ */ new Set(["name", "namespace", "labels", "annotations"]);
function isUnder(path4, prefix) {
  return prefix.every((segment, i) => path4[i] === segment);
}
function nearestLevelWith(field, depth, levels) {
  let best;
  levels.forEach((level, candidate) => {
    if (candidate === depth || !fieldsOf[level].includes(field)) return;
    const distance5 = Math.abs(candidate - depth);
    if (best === void 0 || distance5 < Math.abs(best - depth) || distance5 === Math.abs(best - depth) && candidate > best) best = candidate;
  });
  return best;
}
function pathText(path4) {
  return formatPath(path4) || "the top level";
}
var cronjob_structure_default = defineRule({
  meta: {
    id: "cronjob-structure",
    description: "A CronJob nests spec > jobTemplate > spec > template > spec > containers (a Job: spec > template > spec > containers); a field one level off is reported where it stands, with the path where it belongs.",
    severity: "error",
    kinds: ["CronJob", "Job"],
    messages: {
      misplaced: "{{field}} is not a field of {{here}} ({{level}}), so the API server rejects it; it belongs at {{where}}.",
      containerField: "{{field}} is a container field, not a field of {{here}} ({{level}}); it belongs inside a container, at {{where}}.",
      metadataField: "{{field}} is not a field of {{here}} ({{level}}); it belongs under metadata, at {{where}}.",
      missing: "{{here}} has no {{field}}, so this {{kind}} has nothing to run; the API server rejects it."
    },
    hints: {
      misplaced: "Move {{field}} (and anything nested under it) to {{where}}. A {{kind}} nests {{nesting}}.",
      containerField: "Move {{field}} into a container entry ({{where}}). A {{kind}} nests {{nesting}}.",
      metadataField: "Move {{field}} under metadata, at {{where}}.",
      missing: "Add {{field}} under {{here}}: a {{kind}} nests {{nesting}}."
    },
    docs: {
      rationale: 'A CronJob wraps a Job, which wraps a pod template, which wraps a pod spec: spec > jobTemplate > spec > template > spec > containers. It is easy to get lost in this "spec/template soup" and put containers or restartPolicy one level too high. The API server then rejects the unknown field, and the pod spec it expects has no containers. This rule reports the field where it stands and names the path where it belongs.',
      incorrect: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: login-heartbeat\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: heartbeat\n          image: alpine:3.8\n',
      correct: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: login-heartbeat\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: heartbeat\n              image: alpine:3.8\n'
    }
  },
  check({ resource, value, report }) {
    const kind = resource.kind ?? "Job";
    const chain = chains[kind];
    if (!chain) return;
    const nesting = nestings[kind];
    const present = [{ level: "Object", depth: 0, path: [], value }];
    let missing;
    for (let depth = 1; depth < chain.length; depth++) {
      const parent = present[present.length - 1];
      const key = chain[depth].key;
      const child = parent.value[key];
      if (child === void 0) {
        missing = { parent, key };
        break;
      }
      if (!isObject(child)) break;
      present.push({ level: chain[depth].level, depth, path: [...parent.path, key], value: child });
    }
    const podSpec = present.find((level) => level.level === "PodSpec");
    if (podSpec) {
      const containers = podSpec.value.containers;
      if (containers === void 0 || Array.isArray(containers) && containers.length === 0) missing = { parent: podSpec, key: "containers" };
      for (const list of ["initContainers", "containers"]) {
        const items = podSpec.value[list];
        if (!Array.isArray(items)) continue;
        items.forEach((item, index) => {
          if (isObject(item)) present.push({ level: "Container", depth: chain.length, path: [...podSpec.path, list, index], value: item, list });
        });
      }
    }
    const chainPaths = [];
    chain.forEach((step, depth) => chainPaths.push(depth === 0 ? [] : [...chainPaths[depth - 1], step.key]));
    const podSpecPath = chainPaths[chainPaths.length - 1];
    const levelsAt = [...chain.map((step) => step.level), "Container"];
    const misplaced = [];
    for (const here of present) {
      const known = fieldsOf[here.level];
      for (const field of Object.keys(here.value)) {
        const podsRestartPolicy = here.list === "containers" && field === "restartPolicy";
        if (known.includes(field) && !podsRestartPolicy) continue;
        const fieldPath = [...here.path, field];
        if (metadataFields.has(field) && known.includes("metadata")) {
          const home = [...here.path, "metadata", field];
          misplaced.push({ path: fieldPath, messageId: "metadataField", where: pathText(home), home, here });
          continue;
        }
        const best = nearestLevelWith(field, here.depth, levelsAt);
        if (best === void 0) continue;
        if (levelsAt[best] === "Container") {
          const home = [...podSpecPath, "containers"];
          misplaced.push({ path: fieldPath, messageId: "containerField", where: `${formatPath(home)}[].${field}`, home, here });
        } else {
          const home = [...chainPaths[best], field];
          misplaced.push({ path: fieldPath, messageId: "misplaced", where: pathText(home), home, here });
        }
      }
    }
    const moves = /* @__PURE__ */ new Map();
    for (const entry of misplaced) {
      if (entry.messageId === "containerField") continue;
      const group = JSON.stringify([entry.here.path, entry.home.slice(0, -1)]);
      moves.set(group, [...moves.get(group) ?? [], entry]);
    }
    const moveOf = (entry) => {
      const group = moves.get(JSON.stringify([entry.here.path, entry.home.slice(0, -1)]));
      if (!group) return void 0;
      const to = entry.home.slice(0, -1);
      const names = group.map((member) => String(member.path[member.path.length - 1]));
      const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
      return { title: `Move ${list} under ${pathText(to)}`, move: { paths: group.map((member) => member.path), to } };
    };
    for (const entry of misplaced) {
      const fix = moveOf(entry);
      report({
        path: entry.path,
        messageId: entry.messageId,
        target: "key",
        ...fix ? { fix } : {},
        data: {
          field: String(entry.path[entry.path.length - 1]),
          here: pathText(entry.here.path),
          level: labels[entry.here.level],
          where: entry.where,
          kind,
          nesting
        }
      });
    }
    if (missing && missing.parent.path.length > 0) {
      const missingPath = [...missing.parent.path, missing.key];
      if (!misplaced.some((entry) => isUnder(entry.home, missingPath))) {
        report({
          path: missing.parent.path,
          messageId: "missing",
          target: "key",
          data: { here: pathText(missing.parent.path), field: missing.key, kind, nesting }
        });
      }
    }
  }
});

// rules/duplicate-resource.ts
function identityOf(resource) {
  if (!resource.kind || !resource.name || !resource.apiVersion) return void 0;
  const group = resource.apiVersion.includes("/") ? resource.apiVersion.split("/")[0] : "";
  const namespace = clusterScopedKinds.has(resource.kind) ? null : resource.namespace;
  return keyOf(group ?? "", resource.kind, namespace, resource.name);
}
function folderOf(file) {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? "" : file.slice(0, slash);
}
function scopeKey(resource, scope) {
  return scope === "all" ? "" : folderOf(resource.file);
}
var firstsKey = memoKey("duplicate-resource: first definitions");
function firstDefinitions(index, scope) {
  const all = index.all;
  const scopes = index.memo(firstsKey, () => /* @__PURE__ */ new Map());
  let firsts = scopes.get(scope);
  if (!firsts) {
    firsts = /* @__PURE__ */ new Map();
    for (const resource of all) {
      const identity = identityOf(resource);
      const key = identity === void 0 ? void 0 : keyOf(scopeKey(resource, scope), identity);
      if (key !== void 0 && !firsts.has(key)) firsts.set(key, resource);
    }
    scopes.set(scope, firsts);
  }
  return firsts;
}
function differences(a, b) {
  const found = [];
  const path4 = [];
  const visit3 = (left, right) => {
    if (isObject(left ?? null) && isObject(right ?? null)) {
      const l = left;
      const r = right;
      const keys = [.../* @__PURE__ */ new Set([...Object.keys(l), ...Object.keys(r)])].sort();
      for (const key of keys) {
        path4.push(key);
        visit3(l[key], r[key]);
        path4.pop();
      }
    } else if (Array.isArray(left) && Array.isArray(right)) {
      const length = Math.max(left.length, right.length);
      for (let i = 0; i < length; i++) {
        path4.push(i);
        visit3(left[i], right[i]);
        path4.pop();
      }
    } else if (left !== right) found.push(path4.slice());
  };
  visit3(a, b);
  return found;
}
function startsWith(path4, prefix) {
  return prefix.every((segment, i) => path4[i] === segment);
}
var statefulSetMutable = /* @__PURE__ */ new Set([
  "replicas",
  "ordinals",
  "template",
  "updateStrategy",
  "revisionHistoryLimit",
  "persistentVolumeClaimRetentionPolicy",
  "minReadySeconds"
]);
var podMutable = /* @__PURE__ */ new Set(["activeDeadlineSeconds", "tolerations", "terminationGracePeriodSeconds"]);
function immutableField(kind, path4, first) {
  const [top, field] = path4;
  const under = (prefix) => startsWith(path4, prefix) ? prefix : void 0;
  switch (kind) {
    case "Job":
      return under(["spec", "template"]) ?? under(["spec", "selector"]) ?? under(["spec", "completionMode"]);
    case "StatefulSet":
      return top === "spec" && typeof field === "string" && !statefulSetMutable.has(field) ? ["spec", field] : void 0;
    case "Deployment":
    case "ReplicaSet":
    case "DaemonSet":
      return under(["spec", "selector"]);
    case "PersistentVolumeClaim":
      return top === "spec" && typeof field === "string" && field !== "resources" && field !== "volumeAttributesClassName" ? ["spec", field] : void 0;
    case "Pod": {
      if (top !== "spec" || typeof field !== "string" || podMutable.has(field)) return void 0;
      const isImage = (field === "containers" || field === "initContainers") && path4[3] === "image" && path4.length === 4;
      return isImage ? void 0 : ["spec", field];
    }
    case "Service":
      return under(["spec", "clusterIP"]);
    case "ConfigMap":
    case "Secret":
      if (top === "type") return ["type"];
      return first.value.immutable === true && typeof top === "string" && ["data", "binaryData", "stringData"].includes(top) ? [top] : void 0;
    default:
      return void 0;
  }
}
var duplicate_resource_default = defineRule({
  // Identity is kind, name and namespace; the two whole values are read again only for a pair that shares one.
  uses: { own: [] },
  // Every resource with an identity is compared with the others; one without reports nothing either way.
  readsIndexFirst: true,
  meta: {
    id: "duplicate-resource",
    description: "Two resources with the same API group, kind, namespace and name that are applied together (one folder in lint mode, the whole answers tree in grade mode): an identical copy (warning), a different one (warning, or error when the second cannot be applied).",
    severity: "error",
    messages: {
      identical: "{{kind}} {{name}} is defined twice: an identical copy is in {{first}}. That is harmless, but remove one so the two cannot drift apart.",
      overridden: "{{kind}} {{name}} is also defined in {{first}}, differently (first difference: {{field}}). Applied together, whichever is applied last silently replaces the other, so one of the two never takes effect.",
      conflicting: "{{kind}} {{name}} is also defined in {{first}}, with a different {{field}}, which cannot be changed once the object exists: applying both, the API server rejects the second."
    },
    hints: {
      identical: "Delete one of the two copies.",
      overridden: "Keep a single definition (merge the two), or give one of them another name.",
      conflicting: "Keep a single definition, or give one of them another name; to change {{field}} of an existing object, delete it first."
    },
    options: {
      type: "object",
      properties: {
        scope: {
          enum: ["folder", "all"],
          description: 'What is applied together: "folder" (default, lint mode) compares the files of one folder, as `kubectl apply -f DIR` does; "all" (grade mode) compares every file, as `kubectl apply -R -f ANSWERS` does.'
        }
      },
      additionalProperties: false
    },
    docs: {
      rationale: "kubectl apply identifies an object by its API group, kind, namespace and name. Two documents with the same identity describe the same object: if they are identical the second apply changes nothing, and if they differ, whichever is applied last replaces the other, so one definition never takes effect. When they differ in a field that cannot change after creation (a Job's pod template, a StatefulSet's volumeClaimTemplates or serviceName, a selector), the second apply is rejected. A resource without metadata.namespace goes to the current namespace when applied, so it is only compared with other namespace-less resources. Only what is applied together is compared: in lint mode the files of one folder (alternative samples in sibling folders, or a base and its overlay, are never applied together); in grade mode the whole answers folder, which the grader applies with `kubectl apply -R`.",
      incorrect: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hello-environment\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: pinger\n          image: alpine:3.8\n          command: ["ping", "google.com"]\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hello-environment\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: pinger\n          image: alpine:3.8\n          command: ["ping", "-c", "3", "google.com"]\n',
      correct: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hello-environment\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: pinger\n          image: alpine:3.8\n          command: ["ping", "google.com"]\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hello-volume-mount\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: pinger\n          image: alpine:3.8\n          command: ["ping", "-c", "3", "google.com"]\n'
    }
  },
  check({ resource, index, options: options2, report }) {
    if (!resource.kind || !resource.name || !resource.apiVersion) return;
    const scope = options2.scope === "all" ? "all" : "folder";
    const firsts = firstDefinitions(index, scope);
    const identity = identityOf(resource);
    const first = firsts.get(keyOf(scopeKey(resource, scope), identity));
    if (!first || first === resource) return;
    const kind = resource.kind ?? "resource";
    const data = { kind, name: resource.name ?? "", first: fileAndLine(first) };
    const path4 = ["metadata", "name"];
    const whole = { ...first, value: index.whole(first) };
    const changed = differences(whole.value, index.whole(resource));
    if (changed.length === 0) {
      report({ path: path4, messageId: "identical", severity: "warning", data });
      return;
    }
    const immutable = changed.map((changedPath) => immutableField(kind, changedPath, whole)).find((field) => field !== void 0);
    if (immutable) report({ path: path4, messageId: "conflicting", data: { ...data, field: formatPath(immutable) } });
    else report({ path: path4, messageId: "overridden", severity: "warning", data: { ...data, field: formatPath(changed[0]) } });
  }
});

// rules/env-name.ts
var strictName = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
var printableAscii = /^[\x20-\x7e]+$/;
function strictlyValid(name) {
  return strictName.test(name) && name !== "." && !name.startsWith("..");
}
function extendsEarlier(entry, name) {
  const reference = `$(${name})`;
  return entry.valueFrom === void 0 && typeof entry.value === "string" && entry.value !== reference && entry.value.includes(reference);
}
var env_name_default = defineRule({
  meta: {
    id: "env-name",
    description: "Env var names a shell can use (no - or ., no leading digit), no duplicates; names with = or empty names are rejected.",
    severity: "warning",
    kinds: ["Pod", "PodTemplate", "Job", "CronJob", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"],
    messages: {
      rejected: 'Env var name "{{name}}" is rejected by the API server: a name must not be empty and may use only printable ASCII characters other than "=".',
      shellUnusable: 'Env var name "{{name}}" contains "{{character}}": Kubernetes accepts it and $({{name}}) works in command and args, but a shell cannot read it (in sh, ${{name}} is not one variable), and many programs ignore such names.',
      newerOnly: 'Env var name "{{name}}" is accepted only by Kubernetes 1.32 and later (earlier API servers accept only letters, digits, _, - and ., not starting with a digit or ".."), and no shell can read it.',
      duplicate: 'Env var {{name}} is defined twice in container "{{container}}" (also at env[{{first}}]): only the last definition takes effect, and kubectl apply may drop one of them.'
    },
    hints: {
      rejected: "Use letters, digits and _ only, e.g. {{suggestion}}.",
      shellUnusable: "Rename it {{suggestion}} (letters, digits and _ only) and update every $({{name}}) reference.",
      newerOnly: "Rename it {{suggestion}}: start with a letter or _, and use letters, digits and _ only.",
      duplicate: "Keep one {{name}} entry and delete the other."
    },
    docs: {
      rationale: 'Since Kubernetes 1.8 an env var name may contain - and . (MAX-HOPS), but the shell can only read names made of letters, digits and _ that do not start with a digit: in sh, $MAX-HOPS means $MAX followed by "-HOPS". Kubernetes 1.32 and later also accept other printable characters, which older API servers reject. A name containing = or an empty name is always rejected. When a name appears twice in the same container only the last value counts, and kubectl apply can lose one of the two.',
      incorrect: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute-google\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          env:\n            - name: MAX-HOPS\n              value: "15"\n',
      correct: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute-google\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          env:\n            - name: MAX_HOPS\n              value: "15"\n'
    }
  },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { path: path4, container } of containersOf(pod)) {
      const env = container.env;
      if (!Array.isArray(env)) continue;
      const firstIndex = /* @__PURE__ */ new Map();
      env.forEach((entry, index) => {
        if (!isObject(entry) || typeof entry.name !== "string") return;
        const name = entry.name;
        const where = [...path4, "env", index, "name"];
        const suggestion = name.replace(/[^A-Za-z0-9_]/g, "_").replace(/^(?=\d)/, "_") || "MY_VAR";
        if (name === "" || name.includes("=") || !printableAscii.test(name)) {
          report({ path: where, messageId: "rejected", severity: "error", data: { name, suggestion } });
        } else if (!strictlyValid(name)) {
          report({ path: where, messageId: "newerOnly", data: { name, suggestion } });
        } else if (/[-.]/.test(name)) {
          report({ path: where, messageId: "shellUnusable", data: { name, suggestion, character: /-/.test(name) ? "-" : "." } });
        }
        const first = firstIndex.get(name);
        if (first === void 0) firstIndex.set(name, index);
        else if (!extendsEarlier(entry, name)) {
          report({ path: where, messageId: "duplicate", data: { name, first, container: typeof container.name === "string" ? container.name : "unnamed" } });
        }
      });
    }
  }
});

// rules/env-value-from.ts
var sources = ["configMapKeyRef", "secretKeyRef", "fieldRef", "resourceFieldRef", "fileKeyRef"];
var envFromSources = ["configMapRef", "secretRef"];
var meantSource = {
  configMapRef: "configMapKeyRef",
  secretRef: "secretKeyRef",
  configMap: "configMapKeyRef",
  secret: "secretKeyRef",
  configMapKey: "configMapKeyRef",
  secretKey: "secretKeyRef"
};
var sourceFields = {
  name: ["configMapKeyRef", "secretKeyRef"],
  key: ["configMapKeyRef", "secretKeyRef"],
  optional: ["configMapKeyRef", "secretKeyRef"],
  fieldPath: ["fieldRef"],
  resource: ["resourceFieldRef"],
  containerName: ["resourceFieldRef"],
  divisor: ["resourceFieldRef"]
};
var envFieldPaths = /* @__PURE__ */ new Set([
  "metadata.name",
  "metadata.namespace",
  "metadata.uid",
  "spec.nodeName",
  "spec.serviceAccountName",
  "status.hostIP",
  "status.hostIPs",
  "status.podIP",
  "status.podIPs"
]);
function hasKey(resource, object, path4, key) {
  return Object.prototype.hasOwnProperty.call(object, key) || resource.map.locate([...path4, key]).exact;
}
function objectAt(object, key) {
  const value = object[key];
  return isObject(value) ? value : {};
}
function checkKeySelector(report, selector, path4, source, env, skip) {
  const name = selector.name;
  if (name === void 0 || name === "") {
    if (!skip.has("name"))
      report({ path: path4, messageId: "missingName", target: "key", data: { source, env, kind: source === "configMapKeyRef" ? "ConfigMap" : "Secret" } });
  } else if (typeof name === "string" && !isDns1123Subdomain(name)) {
    report({ path: [...path4, "name"], messageId: "badName", data: { source, name } });
  }
  const key = selector.key;
  if (key === void 0 || key === "") {
    if (!skip.has("key")) report({ path: path4, messageId: "missingKey", target: "key", data: { source, env } });
  } else if (typeof key === "string" && configKeyProblem(key)) {
    report({ path: [...path4, "key"], messageId: "badKey", data: { source, key } });
  }
}
function isEnvFieldPath(fieldPath) {
  return envFieldPaths.has(fieldPath) || /^metadata\.(labels|annotations)\['[^']+'\]$/.test(fieldPath);
}
function checkValueFrom(resource, report, entry, entryPath, env) {
  const valueFromPath = [...entryPath, "valueFrom"];
  const valueFrom = entry.valueFrom;
  if (!isObject(valueFrom)) return;
  let explained = false;
  for (const key of Object.keys(valueFrom)) {
    const meant = meantSource[key];
    if (meant) {
      report({
        path: [...valueFromPath, key],
        messageId: envFromSources.includes(key) ? "envFromRef" : "wrongSource",
        target: "key",
        data: { field: key, meant, env }
      });
      explained = true;
    }
  }
  const present = sources.filter((source) => hasKey(resource, valueFrom, valueFromPath, source));
  const stray = /* @__PURE__ */ new Set();
  for (const [field, parents] of Object.entries(sourceFields)) {
    if (!Object.prototype.hasOwnProperty.call(valueFrom, field)) continue;
    const parent = present.find((source) => parents.includes(source)) ?? parents.join(" or ");
    report({ path: [...valueFromPath, field], messageId: "strayField", target: "key", data: { field, parent, env } });
    stray.add(field);
    explained = true;
  }
  if (present.length === 0) {
    if (!explained) report({ path: valueFromPath, messageId: "noSource", target: "key", data: { env } });
    return;
  }
  for (const extra of present.slice(1)) {
    report({ path: [...valueFromPath, extra], messageId: "multipleSources", target: "key", data: { env, first: present[0], extra } });
  }
  for (const source of present) {
    const path4 = [...valueFromPath, source];
    const selector = objectAt(valueFrom, source);
    if (source === "configMapKeyRef" || source === "secretKeyRef") {
      checkKeySelector(report, selector, path4, source, env, stray);
    } else if (source === "fieldRef") {
      const fieldPath = selector.fieldPath;
      if (fieldPath === void 0 || fieldPath === "") {
        if (!stray.has("fieldPath")) report({ path: path4, messageId: "missingFieldPath", target: "key", data: { env } });
      } else if (typeof fieldPath === "string" && !isEnvFieldPath(fieldPath)) {
        report({ path: [...path4, "fieldPath"], messageId: "badFieldPath", data: { fieldPath } });
      }
    } else if (source === "resourceFieldRef") {
      if ((selector.resource === void 0 || selector.resource === "") && !stray.has("resource"))
        report({ path: path4, messageId: "missingResource", target: "key", data: { env } });
    }
  }
}
function checkEnvFrom(resource, report, entry, entryPath) {
  const keyRefs = ["configMapKeyRef", "secretKeyRef"].filter((key) => hasKey(resource, entry, entryPath, key));
  for (const key of keyRefs) {
    report({
      path: [...entryPath, key],
      messageId: "keyRefInEnvFrom",
      target: "key",
      data: { field: key, meant: key === "configMapKeyRef" ? "configMapRef" : "secretRef" }
    });
  }
  const present = envFromSources.filter((source) => hasKey(resource, entry, entryPath, source));
  if (present.length === 0) {
    if (keyRefs.length === 0) report({ path: entryPath, messageId: "envFromNoSource", target: "key" });
    return;
  }
  for (const extra of present.slice(1))
    report({ path: [...entryPath, extra], messageId: "envFromMultiple", target: "key", data: { first: present[0], extra } });
  for (const source of present) {
    const name = objectAt(entry, source).name;
    if (name === void 0 || name === "") report({ path: [...entryPath, source], messageId: "envFromMissingName", target: "key", data: { source } });
  }
}
var env_value_from_default = defineRule({
  meta: {
    id: "env-value-from",
    description: "An env var takes value or valueFrom, not both; valueFrom names exactly one source, and configMapKeyRef/secretKeyRef carry name and key.",
    severity: "error",
    kinds: Object.keys(podSpecPaths),
    messages: {
      valueAndValueFrom: "The env var {{env}} sets both value and valueFrom; the API server rejects that.",
      outsideValueFrom: "{{field}} is written beside valueFrom in the env var {{env}}, not inside it; the API server rejects it.",
      envFromRefInEnv: "{{field}} in the env var {{env}} belongs to envFrom, which loads a whole {{kind}}; a single env var uses valueFrom.{{meant}}.",
      envFromRef: "{{field}} is how envFrom loads a whole ConfigMap or Secret; inside valueFrom, the env var {{env}} needs {{meant}} (with name and key).",
      wrongSource: "{{field}} is not a valueFrom source; did you mean {{meant}} (with name and key)?",
      strayField: "{{field}} is written directly in valueFrom of the env var {{env}}; it belongs inside {{parent}}, one level deeper.",
      noSource: "valueFrom of the env var {{env}} names no source; it needs exactly one of configMapKeyRef, secretKeyRef, fieldRef or resourceFieldRef.",
      multipleSources: "valueFrom of the env var {{env}} has both {{first}} and {{extra}}; it takes exactly one source.",
      missingName: "{{source}} of the env var {{env}} has no name: it must name the {{kind}} to read from.",
      missingKey: "{{source}} of the env var {{env}} has no key: it must name the key to read.",
      badName: '"{{name}}" is not a valid object name for {{source}}: names are lower-case letters, digits, "-" and ".".',
      badKey: '"{{key}}" is not a valid key for {{source}}: keys may only use letters, digits, "-", "_" and ".".',
      missingFieldPath: "fieldRef of the env var {{env}} has no fieldPath.",
      badFieldPath: 'An env var cannot read the field "{{fieldPath}}".',
      missingResource: "resourceFieldRef of the env var {{env}} has no resource.",
      keyRefInEnvFrom: "{{field}} reads a single key, which is env's valueFrom; envFrom loads a whole object with {{meant}}.",
      envFromNoSource: "This envFrom entry names no source; it needs configMapRef or secretRef.",
      envFromMultiple: "This envFrom entry has both {{first}} and {{extra}}; each entry takes exactly one.",
      envFromMissingName: "{{source}} in envFrom has no name: it must name the object to load."
    },
    hints: {
      valueAndValueFrom: "Keep one: remove value to read from the ConfigMap or Secret, or remove valueFrom to set the value here.",
      outsideValueFrom: "Indent {{field}} (and its name and key) under valueFrom.",
      envFromRefInEnv: "Write valueFrom:, then {{meant}}: with name and key under it; or move the entry to envFrom.",
      envFromRef: "Replace {{field}} with {{meant}} and give it name (the object) and key (the entry to read).",
      wrongSource: "Replace {{field}} with {{meant}} and give it name (the object) and key (the entry to read).",
      strayField: "Indent {{field}} under {{parent}}.",
      noSource: "For a ConfigMap entry write valueFrom: then configMapKeyRef: with name and key under it.",
      multipleSources: "Split it into two env vars, or remove {{extra}}.",
      missingName: "Add name: under {{source}}, naming the object.",
      missingKey: "Add key: under {{source}}, naming the entry to read.",
      badName: "Use the object's metadata.name exactly, e.g. target-google.",
      badKey: "Use the key exactly as it is written in the object's data.",
      missingFieldPath: "Add fieldPath, e.g. fieldPath: metadata.name.",
      badFieldPath: "Use metadata.name, metadata.namespace, metadata.uid, metadata.labels['KEY'], metadata.annotations['KEY'], spec.nodeName, spec.serviceAccountName, status.hostIP(s) or status.podIP(s).",
      missingResource: "Add resource, e.g. resource: limits.memory.",
      keyRefInEnvFrom: "Use {{meant}} with just a name here, or move this to env with valueFrom.{{field}}.",
      envFromNoSource: "Add configMapRef: (or secretRef:) with the name of the object to load.",
      envFromMultiple: "Split it into two envFrom entries.",
      envFromMissingName: "Add name: under {{source}}."
    },
    docs: {
      rationale: "An env var gets its value either directly (value) or from exactly one source (valueFrom): a key of a ConfigMap (configMapKeyRef) or Secret (secretKeyRef), a pod field (fieldRef) or a resource limit (resourceFieldRef). Each source needs its own fields, such as name and key, nested one level below it. A slip in indentation, or envFrom's configMapRef used inside valueFrom, makes the API server reject the pod.",
      incorrect: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ping-google\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: ping\n          image: alpine:3.8\n          env:\n            - name: TTW\n              valueFrom:\n                configMapRef:\n                  name: target-google\n                  key: ttw\n",
      correct: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ping-google\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: ping\n          image: alpine:3.8\n          env:\n            - name: TTW\n              valueFrom:\n                configMapKeyRef:\n                  name: target-google\n                  key: ttw\n"
    }
  },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { path: path4, container } of containersOf(pod)) {
      const env = container.env;
      if (Array.isArray(env)) {
        env.forEach((entry, index) => {
          if (!isObject(entry)) return;
          const entryPath = [...path4, "env", index];
          const name = typeof entry.name === "string" ? entry.name : `env[${index}]`;
          for (const source of sources) {
            if (hasKey(resource, entry, entryPath, source))
              report({ path: [...entryPath, source], messageId: "outsideValueFrom", target: "key", data: { field: source, env: name } });
          }
          for (const source of envFromSources) {
            if (hasKey(resource, entry, entryPath, source)) {
              report({
                path: [...entryPath, source],
                messageId: "envFromRefInEnv",
                target: "key",
                data: { field: source, env: name, meant: meantSource[source], kind: source === "configMapRef" ? "ConfigMap" : "Secret" }
              });
            }
          }
          const value = entry.value;
          const hasValue = value !== void 0 && value !== "";
          if (hasValue && isObject(entry.valueFrom))
            report({ path: [...entryPath, "value"], messageId: "valueAndValueFrom", target: "key", data: { env: name } });
          checkValueFrom(resource, report, entry, entryPath, name);
        });
      }
      const envFrom = container.envFrom;
      if (Array.isArray(envFrom)) {
        envFrom.forEach((entry, index) => {
          if (isObject(entry)) checkEnvFrom(resource, report, entry, [...path4, "envFrom", index]);
        });
      }
    }
  }
});

// src/k8s/env-expansion.ts
function variableReferences(text3) {
  const found = [];
  let cursor = 0;
  while (cursor < text3.length - 1) {
    if (text3[cursor] !== "$") {
      cursor += 1;
      continue;
    }
    const next = text3[cursor + 1];
    if (next === "(") {
      const close = text3.indexOf(")", cursor + 2);
      if (close >= 0) {
        found.push({ name: text3.slice(cursor + 2, close), offset: cursor });
        cursor = close + 1;
        continue;
      }
    }
    cursor += 2;
  }
  return found;
}
function looksLikeVariableName(name) {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name);
}
function looksLikeServiceVariable(name) {
  return /_SERVICE_HOST$|_SERVICE_PORT(_[A-Z0-9_]+)?$|_PORT$|_PORT_\d+_(TCP|UDP|SCTP)(_(PROTO|PORT|ADDR))?$/.test(name);
}
function isShell(program) {
  return typeof program === "string" && /(^|\/)(sh|bash|ash|dash|zsh|ksh|mksh)$/.test(program);
}

// rules/env-var-ref.ts
function envFromNames(container, namespace, index) {
  const names = /* @__PURE__ */ new Set();
  const envFrom = container.envFrom;
  if (!Array.isArray(envFrom)) return names;
  for (const entry of envFrom) {
    if (!isObject(entry)) continue;
    const prefix = typeof entry.prefix === "string" ? entry.prefix : "";
    for (const [field, kind] of [
      ["configMapRef", "ConfigMap"],
      ["secretRef", "Secret"]
    ]) {
      const ref = entry[field];
      if (!isObject(ref)) continue;
      const source = typeof ref.name === "string" ? index.find(kind, ref.name, namespace) : void 0;
      if (!source) return void 0;
      for (const key of envFromKeys(source)) names.add(prefix + key);
    }
  }
  return names;
}
var env_var_ref_default = defineRule({
  uses: {
    own: [
      ["$pod", "initContainers"],
      ["$pod", "containers"],
      ["$pod", "ephemeralContainers"]
    ],
    others: {
      ConfigMap: [["data", "{keys}"]],
      Secret: [
        ["data", "{keys}"],
        ["stringData", "{keys}"]
      ]
    }
  },
  meta: {
    id: "env-var-ref",
    description: "$(VAR) in command, args and env values names an env var of the same container (defined earlier, for env values).",
    severity: "warning",
    kinds: ["Pod", "PodTemplate", "Job", "CronJob", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"],
    messages: {
      unknown: '$({{name}}) names no env var of container "{{container}}", so Kubernetes leaves it unexpanded. {{consequence}}',
      typo: '$({{name}}) names no env var of container "{{container}}"; did you mean $({{suggestion}})? Kubernetes leaves an unknown reference unexpanded. {{consequence}}',
      unusableName: "$({{name}}) does not refer to the env var {{suggestion}}: Kubernetes expands exact names only, so it leaves $({{name}}) unexpanded. {{consequence}}",
      selfReference: "$({{name}}) in the value of {{name}} refers to the variable itself, which has no earlier definition, so {{name}} gets the text $({{name}}) unexpanded.",
      definedLater: "$({{name}}) refers to env var {{name}}, which is defined after {{current}}; Kubernetes expands only variables defined earlier in the list, so {{current}} gets the text $({{name}}) unexpanded."
    },
    hints: {
      unknown: "Define an env var named {{name}} in this container (under env: or through envFrom:).",
      typo: "Write $({{suggestion}}): variable names must match exactly, including case, - and _.",
      unusableName: "Name the env var {{name}} instead of {{suggestion}}: letters, digits and _ work everywhere, while a shell cannot use a name containing - or .",
      selfReference: "Define {{name}} earlier (in env above this entry, or through envFrom) if you meant to extend its value, or remove the reference.",
      definedLater: "Move the {{name}} entry above {{current}} in env."
    },
    docs: {
      rationale: `Kubernetes replaces $(NAME) in command, args and env values with the value of the container's env var NAME before the container starts. The name must match exactly; a reference to a name that is not defined (or, in an env value, defined further down the list) is left as the literal text $(NAME). When the command runs in sh -c, the shell then reads $(NAME) as command substitution and tries to run a program called NAME, which fails with "NAME: not found". This is the trap in the traceroute exercise: the env var is written MAX-HOPS but the command uses $(MAX_HOPS). Shell substitutions such as $(cat /run/secret/username) are not variable names and are left alone, as Kubernetes does, and so is a lowercase name that resembles no env var of the container, such as $(date) or $(hostname). Write $$(NAME) for a literal $(NAME). When envFrom reads a ConfigMap or Secret that is not among your files, its keys are unknown and the container is not checked.`,
      incorrect: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute-google\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["/bin/sh", "-c", "traceroute -w $(TTW) -m $(MAX_HOPS) $(TARGET)"]\n          env:\n            - name: TARGET\n              value: google.com\n            - name: TTW\n              value: "4"\n            - name: MAX-HOPS\n              value: "15"\n',
      correct: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute-google\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["/bin/sh", "-c", "traceroute -w $(TTW) -m $(MAX_HOPS) $(TARGET)"]\n          env:\n            - name: TARGET\n              value: google.com\n            - name: TTW\n              value: "4"\n            - name: MAX_HOPS\n              value: "15"\n'
    }
  },
  check({ resource, index, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { path: path4, container } of containersOf(pod)) {
      const fromEnvFrom = envFromNames(container, resource.namespace, index);
      if (!fromEnvFrom) continue;
      const containerName = typeof container.name === "string" ? container.name : "unnamed";
      const env = Array.isArray(container.env) ? container.env : [];
      const envNames = env.map((entry) => isObject(entry) && typeof entry.name === "string" ? entry.name : void 0);
      const allNames = /* @__PURE__ */ new Set([...fromEnvFrom, ...envNames.filter((name) => name !== void 0)]);
      const command = Array.isArray(container.command) ? container.command : [];
      const shell = isShell(command[0]);
      const checkText = (text3, where, defined, inShell, current) => {
        const seen = /* @__PURE__ */ new Set();
        for (const { name } of variableReferences(text3)) {
          if (seen.has(name) || defined.has(name) || !looksLikeVariableName(name) || looksLikeServiceVariable(name)) continue;
          seen.add(name);
          if (current?.name === name) {
            report({ path: where, messageId: "selfReference", data: { name } });
            continue;
          }
          if (current?.later.has(name)) {
            report({ path: where, messageId: "definedLater", data: { name, current: current.name } });
            continue;
          }
          const suggestion = suggestName(name, allNames);
          if (!suggestion && /[a-z]/.test(name)) continue;
          const consequence = current ? `Env var ${current.name} gets the literal text $(${name}).` : inShell ? `The shell then runs ${name} as a command substitution, which fails with "${name}: not found".` : `The program receives the literal text $(${name}) instead of a value.`;
          const data = { name, container: containerName, consequence, ...suggestion ? { suggestion } : {} };
          if (!suggestion) report({ path: where, messageId: "unknown", data });
          else if (sameNameShape(name, suggestion) && /[-.]/.test(suggestion)) report({ path: where, messageId: "unusableName", data });
          else report({ path: where, messageId: "typo", data });
        }
      };
      for (const field of ["command", "args"]) {
        const items = container[field];
        if (!Array.isArray(items)) continue;
        items.forEach((item, i) => {
          if (typeof item === "string") checkText(item, [...path4, field, i], allNames, shell && !(field === "command" && i === 0));
        });
      }
      const earlier = new Set(fromEnvFrom);
      env.forEach((entry, i) => {
        if (!isObject(entry)) return;
        if (typeof entry.value === "string" && typeof entry.name === "string") {
          const later2 = new Set(envNames.slice(i + 1).filter((name) => name !== void 0));
          checkText(entry.value, [...path4, "env", i, "value"], earlier, false, { name: entry.name, later: later2 });
        }
        if (typeof entry.name === "string") earlier.add(entry.name);
      });
    }
  }
});

// rules/image-tag.ts
function tagOf(image) {
  const lastPart = image.slice(image.lastIndexOf("/") + 1);
  const colon = lastPart.indexOf(":");
  return colon === -1 ? void 0 : lastPart.slice(colon + 1);
}
var image_tag_default = defineRule({
  meta: {
    id: "image-tag",
    description: "A container image names a version tag (or a digest), not :latest or nothing.",
    severity: "warning",
    kinds: Object.keys(podSpecPaths),
    messages: {
      noTag: 'The image "{{image}}" has no tag, so Kubernetes pulls :latest, which changes over time: the pod may run a different version tomorrow.',
      latest: 'The image "{{image}}" uses the :latest tag, which changes over time: the pod may run a different version tomorrow.'
    },
    hints: {
      noTag: "Pin a version, e.g. {{name}}:<version>, or a digest ({{name}}@sha256:...).",
      latest: "Pin a version, e.g. {{name}}:<version>, or a digest ({{name}}@sha256:...)."
    },
    docs: {
      rationale: "An image without a tag means :latest, and :latest moves whenever a new version is pushed. Pods started on different days, or restarted on another node, can then run different software, and Kubernetes pulls the image on every start (imagePullPolicy defaults to Always for :latest). A version tag such as alpine:3.8, or a digest, makes every pod run the same thing.",
      incorrect: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine\n          command: ["traceroute", "google.com"]\n',
      correct: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["traceroute", "google.com"]\n'
    }
  },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { path: path4, container } of containersOf(pod)) {
      const image = container.image;
      if (typeof image !== "string" || image.trim() === "" || image.includes("@")) continue;
      if (hasPlaceholder(image)) continue;
      const tag = tagOf(image);
      if (tag !== void 0 && tag !== "latest") continue;
      const name = tag === void 0 ? image : image.slice(0, image.length - tag.length - 1);
      report({ path: [...path4, "image"], messageId: tag === void 0 ? "noTag" : "latest", data: { image, name } });
    }
  }
});

// rules/job-restart-policy.ts
var allowed = ["Never", "OnFailure"];
var choices = allowed.map((value) => ({ title: `Change restartPolicy to ${value}`, replacement: value }));
var job_restart_policy_default = defineRule({
  meta: {
    id: "job-restart-policy",
    description: "A Job's or CronJob's pod template must set restartPolicy to Never or OnFailure.",
    severity: "error",
    kinds: ["Job", "CronJob"],
    messages: {
      missing: "restartPolicy is not set in this pod template, so it defaults to Always, which the API server rejects for a {{kind}}.",
      always: "A {{kind}}'s pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.",
      invalid: 'restartPolicy "{{value}}" is not valid for a {{kind}}; use Never or OnFailure.'
    },
    hints: {
      missing: "Add restartPolicy: Never (or OnFailure) under {{where}}, beside containers.",
      always: "Change it to restartPolicy: Never (or OnFailure).",
      invalid: "Change it to restartPolicy: Never (or OnFailure); the value is case-sensitive."
    },
    docs: {
      rationale: "A Job runs its pods to completion, so their restart policy must let them stop: Never (a failed pod is replaced by a new one) or OnFailure (the container restarts in place). The pod default, Always, is rejected by the API server for Jobs and for the job template of a CronJob.",
      incorrect: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["traceroute", "google.com"]\n',
      correct: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["traceroute", "google.com"]\n'
    }
  },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const kind = resource.kind ?? "Job";
    const policy = pod.spec.restartPolicy;
    if (policy === void 0) {
      report({ path: pod.path, messageId: "missing", target: "key", data: { kind, where: pod.path.join(".") } });
    } else if (policy === "Always") {
      report({ path: [...pod.path, "restartPolicy"], messageId: "always", data: { kind }, suggestions: choices });
    } else if (typeof policy !== "string" || !allowed.includes(policy)) {
      const meant = typeof policy === "string" ? allowed.find((value) => value.toLowerCase() === policy.toLowerCase()) : void 0;
      report({
        path: [...pod.path, "restartPolicy"],
        messageId: "invalid",
        data: { kind, value: String(policy) },
        ...meant ? { fix: { title: `Change restartPolicy to ${meant}`, replacement: meant } } : { suggestions: choices }
      });
    }
  }
});

// rules/port-range.ts
var nodePortRange = { min: 3e4, max: 32767 };
function isPortNumber(value) {
  return Number.isInteger(value) && value >= 1 && value <= 65535;
}
function listOf(value) {
  return Array.isArray(value) ? value : [];
}
function checkContainerPorts(report, ports, path4) {
  listOf(ports).forEach((port, index) => {
    if (!isObject(port)) return;
    const portPath = [...path4, index];
    const { containerPort, hostPort, name } = port;
    if (typeof containerPort === "number" && !isPortNumber(containerPort))
      report({ path: [...portPath, "containerPort"], messageId: "containerPort", data: { value: containerPort } });
    if (typeof hostPort === "number" && hostPort !== 0 && !isPortNumber(hostPort))
      report({ path: [...portPath, "hostPort"], messageId: "hostPort", data: { value: hostPort } });
    const problem = typeof name === "string" && name !== "" ? portNameProblem(name) : void 0;
    if (problem) report({ path: [...portPath, "name"], messageId: "portName", data: { name: String(name), problem } });
  });
}
function checkServicePorts(report, spec) {
  if (!isObject(spec)) return;
  const type = typeof spec.type === "string" ? spec.type : "ClusterIP";
  listOf(spec.ports).forEach((port, index) => {
    if (!isObject(port)) return;
    const portPath = ["spec", "ports", index];
    const { port: number, targetPort, nodePort } = port;
    if (typeof number === "number" && !isPortNumber(number)) report({ path: [...portPath, "port"], messageId: "servicePort", data: { value: number } });
    if (typeof targetPort === "number" && targetPort !== 0 && !isPortNumber(targetPort))
      report({ path: [...portPath, "targetPort"], messageId: "targetPort", data: { value: targetPort } });
    if (typeof targetPort === "string" && targetPort !== "" && !hasPlaceholder(targetPort)) {
      if (/^\d+$/.test(targetPort)) report({ path: [...portPath, "targetPort"], messageId: "targetPortQuoted", data: { value: targetPort } });
      else {
        const problem = portNameProblem(targetPort);
        if (problem) report({ path: [...portPath, "targetPort"], messageId: "targetPortName", data: { value: targetPort, problem } });
      }
    }
    if (typeof nodePort !== "number" || nodePort === 0) return;
    if (type === "ClusterIP") report({ path: [...portPath, "nodePort"], messageId: "nodePortType", target: "key", data: { type } });
    else if (type !== "NodePort" && type !== "LoadBalancer") return;
    else if (!isPortNumber(nodePort)) report({ path: [...portPath, "nodePort"], messageId: "nodePort", data: { value: nodePort } });
    else if (nodePort < nodePortRange.min || nodePort > nodePortRange.max)
      report({ path: [...portPath, "nodePort"], messageId: "nodePortRange", severity: "warning", data: { value: nodePort } });
  });
}
var port_range_default = defineRule({
  meta: {
    id: "port-range",
    description: "Container and Service ports are 1-65535, port names are valid IANA service names, and a nodePort sits in 30000-32767.",
    severity: "error",
    kinds: [...Object.keys(podSpecPaths), "Service"],
    messages: {
      containerPort: "containerPort {{value}} is not a valid port; ports run from 1 to 65535.",
      hostPort: "hostPort {{value}} is not a valid port; ports run from 1 to 65535.",
      portName: 'The port name "{{name}}" is not valid: {{problem}}.',
      servicePort: "port {{value}} is not a valid port; ports run from 1 to 65535.",
      targetPort: "targetPort {{value}} is not a valid port; ports run from 1 to 65535.",
      targetPortQuoted: 'targetPort "{{value}}" is a string, so Kubernetes reads it as a port name, and a port name needs a letter; the API server rejects it.',
      targetPortName: 'targetPort "{{value}}" is not a valid port name: {{problem}}.',
      nodePort: "nodePort {{value}} is not a valid port; ports run from 1 to 65535.",
      nodePortRange: "nodePort {{value}} is outside 30000-32767, the default node port range, so most clusters reject it.",
      nodePortType: "nodePort is set, but this Service has type {{type}}, which opens no node ports; the API server rejects it."
    },
    hints: {
      containerPort: "Use the port the program listens on, between 1 and 65535.",
      hostPort: "Use a port between 1 and 65535, or leave hostPort out.",
      portName: 'A port name has at most 15 lower-case letters, digits and "-", with at least one letter, e.g. http or metrics.',
      servicePort: "Use a port between 1 and 65535.",
      targetPort: "Use the containerPort of the pods, between 1 and 65535.",
      targetPortQuoted: "Remove the quotes: targetPort: {{value}}.",
      targetPortName: "Use the containerPort number, or the name given to that port in the pod (ports[].name).",
      nodePort: "Pick a port from 30000-32767, or leave nodePort out and let Kubernetes choose one.",
      nodePortRange: "Pick a port from 30000-32767 (unless your cluster sets another --service-node-port-range), or leave nodePort out.",
      nodePortType: "Add type: NodePort (or LoadBalancer) to the Service spec, or remove nodePort."
    },
    docs: {
      rationale: `Ports are numbers from 1 to 65535, and the API server rejects anything else. A port can also be referred to by name; names follow the IANA service name rules (at most 15 lower-case letters, digits and "-", with a letter), so a quoted number such as targetPort: "8080" is an invalid name. A nodePort must fall in the cluster's node port range, 30000-32767 by default, and only exists on NodePort and LoadBalancer Services.`,
      incorrect: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: vote\nspec:\n  type: NodePort\n  selector:\n    app: vote\n  ports:\n    - port: 80\n      targetPort: "80"\n      nodePort: 80000\n',
      correct: "apiVersion: v1\nkind: Service\nmetadata:\n  name: vote\nspec:\n  type: NodePort\n  selector:\n    app: vote\n  ports:\n    - port: 80\n      targetPort: 80\n      nodePort: 31000\n"
    }
  },
  check({ resource, value, report }) {
    if (resource.kind === "Service") {
      checkServicePorts(report, value.spec);
      return;
    }
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { path: path4, container, list } of containersOf(pod)) {
      if (list !== "ephemeralContainers") checkContainerPorts(report, get(container, ["ports"]), [...path4, "ports"]);
    }
  }
});

// rules/pvc-access-mode.ts
var nodeLocalClasses = /* @__PURE__ */ new Set(["hostpath", "standard", "local-path", "local-storage", "microk8s-hostpath"]);
var multiNodeModes = /* @__PURE__ */ new Set(["ReadWriteMany", "ReadOnlyMany"]);
function claimSpecs(kind, value) {
  if (kind === "PersistentVolumeClaim") return [{ spec: get(value, ["spec"]), path: ["spec"] }];
  const templates = get(value, ["spec", "volumeClaimTemplates"]);
  if (!Array.isArray(templates)) return [];
  return templates.map((template, index) => ({ spec: get(template, ["spec"]), path: ["spec", "volumeClaimTemplates", index, "spec"] }));
}
var pvc_access_mode_default = defineRule({
  meta: {
    id: "pvc-access-mode",
    description: "ReadWriteMany or ReadOnlyMany on a node-local storage class (hostpath, standard, local-path), in PVCs and volumeClaimTemplates.",
    severity: "warning",
    kinds: ["PersistentVolumeClaim", "StatefulSet"],
    messages: {
      nodeLocal: `{{mode}} asks for a volume that pods on several nodes can mount at once, but storage class "{{storageClass}}" keeps the data on one node's disk: the claim may stay Pending, or only work while every pod runs on the same node.`
    },
    hints: {
      nodeLocal: "Use ReadWriteOnce (each StatefulSet replica gets a claim of its own anyway), or a storage class backed by shared storage (NFS, CephFS, a cloud file service) if pods on different nodes really must share the data."
    },
    docs: {
      rationale: "Access modes describe how many nodes may mount a volume: ReadWriteOnce is one node at a time, ReadWriteMany and ReadOnlyMany are several. Storage classes backed by node-local storage, like hostpath (Docker Desktop), standard (minikube, kind) or local-path (k3s), cannot be mounted from several nodes, so a many-node access mode is not supported there: depending on the provisioner the claim stays Pending, or it is provisioned but only works on a single-node cluster. A claim without storageClassName uses the cluster default, which the grader cannot know, so it is not reported.",
      incorrect: "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: shared-data\nspec:\n  accessModes:\n    - ReadWriteMany\n  storageClassName: hostpath\n  resources:\n    requests:\n      storage: 1Gi\n",
      correct: "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: shared-data\nspec:\n  accessModes:\n    - ReadWriteOnce\n  storageClassName: hostpath\n  resources:\n    requests:\n      storage: 1Gi\n"
    }
  },
  check({ resource, value, report }) {
    for (const { spec, path: path4 } of claimSpecs(resource.kind, value)) {
      if (!isObject(spec) || typeof spec.storageClassName !== "string" || !nodeLocalClasses.has(spec.storageClassName)) continue;
      const modes = spec.accessModes;
      if (!Array.isArray(modes)) continue;
      modes.forEach((mode, index) => {
        if (typeof mode === "string" && multiNodeModes.has(mode)) {
          report({ path: [...path4, "accessModes", index], messageId: "nodeLocal", data: { mode, storageClass: spec.storageClassName } });
        }
      });
    }
  }
});

// rules/quantity-format.ts
var quantityPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
var binarySuffixes = ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];
var unitNames = {
  K: ["kibibytes", "kilobytes"],
  M: ["mebibytes", "megabytes"],
  G: ["gibibytes", "gigabytes"],
  T: ["tebibytes", "terabytes"],
  P: ["pebibytes", "petabytes"],
  E: ["exbibytes", "exabytes"]
};
function suggestionFor(text3) {
  const trimmed = text3.replace(/\s+/g, "");
  if (trimmed !== text3 && quantityPattern.test(trimmed)) return trimmed;
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))([a-zA-Z]+)$/.exec(trimmed);
  if (!match) return void 0;
  const [, number, unit] = match;
  const binary = binarySuffixes.find((suffix) => suffix.toLowerCase() === unit.toLowerCase() || `${suffix}b`.toLowerCase() === unit.toLowerCase());
  if (binary) return `${number}${binary}`;
  const letter = /^([kKmMgGtTpPeE])[bB]?$/.exec(unit)?.[1]?.toUpperCase();
  const names = letter ? unitNames[letter] : void 0;
  if (letter && names) {
    const decimal = letter === "K" ? "k" : letter;
    return `${number}${letter === "K" ? "Ki" : `${letter}i`} (${names[0]}) or ${number}${decimal} (${names[1]})`;
  }
  if (/^b(ytes?)?$/i.test(unit)) return `${number} (a plain number of bytes)`;
  return void 0;
}
function quantitiesIn(object, path4) {
  if (!isObject(object)) return [];
  return Object.entries(object).map(([name, value]) => ({ path: [...path4, name], value }));
}
function requirements(object, path4) {
  if (!isObject(object)) return [];
  return ["requests", "limits"].flatMap((section) => quantitiesIn(object[section], [...path4, section]));
}
function claimSpecQuantities(spec, path4) {
  return isObject(spec) ? requirements(spec.resources, [...path4, "resources"]) : [];
}
function listOf2(value) {
  return Array.isArray(value) ? value : [];
}
function quantitiesOf(kind, value, pod) {
  const found = [];
  if (pod) {
    for (const { path: path4, container } of containersOf(pod)) found.push(...requirements(container.resources, [...path4, "resources"]));
    found.push(...requirements(pod.spec.resources, [...pod.path, "resources"]));
    found.push(...quantitiesIn(pod.spec.overhead, [...pod.path, "overhead"]));
    listOf2(pod.spec.volumes).forEach((volume, index) => {
      if (!isObject(volume)) return;
      const path4 = [...pod.path, "volumes", index];
      if (isObject(volume.emptyDir) && volume.emptyDir.sizeLimit !== void 0)
        found.push({ path: [...path4, "emptyDir", "sizeLimit"], value: volume.emptyDir.sizeLimit });
      found.push(...claimSpecQuantities(get(volume, ["ephemeral", "volumeClaimTemplate", "spec"]), [...path4, "ephemeral", "volumeClaimTemplate", "spec"]));
    });
  }
  if (kind === "StatefulSet") {
    listOf2(get(value, ["spec", "volumeClaimTemplates"])).forEach((template, index) => {
      if (isObject(template)) found.push(...claimSpecQuantities(template.spec, ["spec", "volumeClaimTemplates", index, "spec"]));
    });
  }
  if (kind === "PersistentVolumeClaim") found.push(...claimSpecQuantities(value.spec, ["spec"]));
  if (kind === "PersistentVolume") found.push(...quantitiesIn(get(value, ["spec", "capacity"]), ["spec", "capacity"]));
  if (kind === "ResourceQuota") found.push(...quantitiesIn(get(value, ["spec", "hard"]), ["spec", "hard"]));
  if (kind === "LimitRange") {
    listOf2(get(value, ["spec", "limits"])).forEach((limit, index) => {
      if (!isObject(limit)) return;
      for (const section of ["max", "min", "default", "defaultRequest", "maxLimitRequestRatio"])
        found.push(...quantitiesIn(limit[section], ["spec", "limits", index, section]));
    });
  }
  return found;
}
var quantity_format_default = defineRule({
  meta: {
    id: "quantity-format",
    description: 'Resource requests and limits, storage sizes and quotas are Kubernetes quantities such as 500m, 1Gi or 0.5 ("1GB" is not one).',
    severity: "error",
    kinds: [...Object.keys(podSpecPaths), "PersistentVolumeClaim", "PersistentVolume", "ResourceQuota", "LimitRange"],
    messages: {
      invalid: '"{{value}}" is not a Kubernetes quantity, so the API server rejects {{field}}.',
      suggest: '"{{value}}" is not a Kubernetes quantity, so the API server rejects {{field}}.',
      negative: "{{field}} is {{value}}; a quantity here cannot be negative.",
      notQuantity: "{{field}} is a {{type}}; it must be a quantity such as 500m or 1Gi."
    },
    hints: {
      invalid: "Write a number with an optional suffix: Ki, Mi, Gi, Ti (powers of 1024), k, M, G, T (powers of 1000) or m (thousandths, e.g. cpu: 500m).",
      suggest: "Did you mean {{suggestion}}?",
      negative: "Use 0 or a positive quantity.",
      notQuantity: "Write a number with an optional suffix, e.g. memory: 512Mi or cpu: 250m."
    },
    docs: {
      rationale: "Kubernetes writes amounts of CPU, memory and storage as quantities: a number with an optional suffix. Memory and storage use Ki, Mi, Gi (powers of 1024) or k, M, G (powers of 1000); CPU uses cores (1, 0.5) or millicores (500m). Units from other tools, such as 1GB, 512mb or 1gi, are not quantities, and the API server rejects the whole object.",
      incorrect: "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: data-pipeline\nspec:\n  serviceName: ss-db\n  selector:\n    matchLabels:\n      app: data-pipeline\n  template:\n    metadata:\n      labels:\n        app: data-pipeline\n    spec:\n      containers:\n        - name: db\n          image: postgres:9.4-alpine\n          resources:\n            limits:\n              memory: 1GB\n  volumeClaimTemplates:\n    - metadata:\n        name: pg-data\n      spec:\n        accessModes: [ReadWriteOnce]\n        resources:\n          requests:\n            storage: 1gi\n",
      correct: "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: data-pipeline\nspec:\n  serviceName: ss-db\n  selector:\n    matchLabels:\n      app: data-pipeline\n  template:\n    metadata:\n      labels:\n        app: data-pipeline\n    spec:\n      containers:\n        - name: db\n          image: postgres:9.4-alpine\n          resources:\n            limits:\n              memory: 1Gi\n  volumeClaimTemplates:\n    - metadata:\n        name: pg-data\n      spec:\n        accessModes: [ReadWriteOnce]\n        resources:\n          requests:\n            storage: 1Gi\n"
    }
  },
  check({ resource, value, report }) {
    for (const quantity of quantitiesOf(resource.kind, value, podSpecOf(resource))) {
      const field = quantity.path.slice(-2).join(".");
      if (typeof quantity.value === "number") {
        if (quantity.value < 0) report({ path: quantity.path, messageId: "negative", data: { field, value: quantity.value } });
        continue;
      }
      if (typeof quantity.value !== "string") {
        report({
          path: quantity.path,
          messageId: "notQuantity",
          data: { field, type: Array.isArray(quantity.value) ? "list" : isObject(quantity.value) ? "map" : typeof quantity.value }
        });
        continue;
      }
      const text3 = quantity.value;
      if (hasPlaceholder(text3)) continue;
      if (quantityPattern.test(text3)) {
        if (text3.startsWith("-") && !/^-0*\.?0*$/.test(text3)) report({ path: quantity.path, messageId: "negative", data: { field, value: text3 } });
        continue;
      }
      const suggestion = suggestionFor(text3);
      if (suggestion) report({ path: quantity.path, messageId: "suggest", data: { field, value: text3, suggestion } });
      else report({ path: quantity.path, messageId: "invalid", data: { field, value: text3 } });
    }
  }
});

// rules/secret-data.ts
var requiredKeys = {
  "kubernetes.io/tls": ["tls.crt", "tls.key"],
  "kubernetes.io/dockerconfigjson": [".dockerconfigjson"],
  "kubernetes.io/dockercfg": [".dockercfg"],
  "kubernetes.io/ssh-auth": ["ssh-privatekey"]
};
var jsonKeys = {
  "kubernetes.io/dockerconfigjson": ".dockerconfigjson",
  "kubernetes.io/dockercfg": ".dockercfg"
};
function readsLikeWords(text3) {
  return /^[A-Za-z]+[0-9]*$/.test(text3);
}
function hasKey2(resource, key) {
  return ["data", "stringData"].some((section) => {
    const values = resource.value[section];
    return isObject(values) && Object.prototype.hasOwnProperty.call(values, key) || resource.map.locate([section, key]).exact;
  });
}
function textOf(value, key) {
  const plain = get(value.stringData, [key]);
  if (typeof plain === "string") return plain;
  const encoded = get(value.data, [key]);
  const bytes = typeof encoded === "string" ? decodeStandardBase64(encoded) : void 0;
  return bytes ? Buffer.from(bytes).toString("utf8") : void 0;
}
function isJsonObject(text3) {
  try {
    const parsed = JSON.parse(text3);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
var secret_data_default = defineRule({
  meta: {
    id: "secret-data",
    description: 'Secret data values are standard base64 (plain text goes under stringData), stringData values are strings, and keys use only letters, digits, "-", "_" and ".". Values are never shown.',
    severity: "error",
    kinds: ["Secret"],
    messages: {
      notBase64: "The value of {{key}} under data is not valid base64, so the API server rejects it.",
      urlSafe: 'The value of {{key}} uses the URL-safe base64 alphabet ("-" and "_"); Secret data must use standard base64 ("+" and "/").',
      padding: 'The value of {{key}} is base64 without its "=" padding; the API server requires the padding.',
      plainText: "The value of {{key}} looks like plain text: it happens to be valid base64, but it decodes to unreadable bytes, so the pod would not get what you wrote.",
      notString: "The value of {{key}} under data is a {{type}}; Secret data values must be base64-encoded strings.",
      stringDataNotString: "The value of {{key}} under stringData is a {{type}}; stringData values must be strings, so the API server rejects it.",
      keyCharacters: 'The key "{{key}}" contains {{chars}}; Secret keys may only use letters, digits, "-", "_" and ".".',
      keyTooLong: 'The key "{{start}}..." is {{length}} characters long; Secret keys may have at most 253.',
      keyDots: 'The key "{{key}}" is not allowed: a key becomes a file name in a volume, so it must not be "." or start with "..".',
      keyEmpty: "A Secret key cannot be empty.",
      missingTypeKey: "A Secret of type {{type}} must have the key {{key}} in data or stringData; the API server rejects it without.",
      missingBasicAuth: "A Secret of type kubernetes.io/basic-auth must have a username or a password key; the API server rejects it without.",
      badDockerConfig: "The {{key}} value of a {{type}} Secret must be a JSON object (a Docker config file); the API server rejects it."
    },
    hints: {
      notBase64: 'If this is the plain value, move it under stringData (Kubernetes encodes it for you), or encode it: echo -n "<value>" | base64.',
      urlSafe: 'Re-encode it with the standard alphabet: echo -n "<value>" | base64.',
      padding: 'Add "=" at the end until the length is a multiple of 4, or re-encode it: echo -n "<value>" | base64.',
      plainText: 'Put it under stringData, or base64-encode it: echo -n "<value>" | base64.',
      notString: "Base64-encode the value and quote it, or move it under stringData as a quoted string.",
      stringDataNotString: "Put the value in quotes.",
      keyCharacters: 'Rename the key, e.g. "{{suggestion}}".',
      keyTooLong: "Use a shorter key.",
      keyDots: 'Rename the key so it does not start with "..".',
      keyEmpty: "Give the value a name.",
      missingTypeKey: "Add {{key}} under data (base64) or stringData (plain text), or use type: Opaque.",
      missingBasicAuth: "Add username and password under data (base64) or stringData (plain text).",
      badDockerConfig: "Create it with kubectl create secret docker-registry, or base64-encode the content of a Docker config.json."
    },
    docs: {
      rationale: `Values under a Secret's data must be base64-encoded; the API server decodes them and rejects anything that is not standard base64. Writing the plain value there is a common slip: often it is rejected, and sometimes (a word like "Jeff") it is valid base64 by accident and the pod gets garbage. Plain values belong under stringData, which Kubernetes encodes for you. This rule never prints the values it checks.`,
      incorrect: "apiVersion: v1\nkind: Secret\nmetadata:\n  name: pretty-secret-config\ndata:\n  username: Jeff\n  password: TeachesThisClass\n  endpoint: http://localhost:8080/login\n",
      correct: "apiVersion: v1\nkind: Secret\nmetadata:\n  name: pretty-secret-config\ndata:\n  username: SmVmZg==\n  password: VGVhY2hlc1RoaXNDbGFzcw==\n  endpoint: aHR0cDovL2xvY2FsaG9zdDo4MDgwL2xvZ2lu\n"
    }
  },
  check({ resource, value, report }) {
    const data = value.data;
    if (isObject(data)) {
      for (const [key, item] of Object.entries(data)) {
        reportConfigKey(report, "data", key);
        const path4 = ["data", key];
        if (typeof item !== "string") {
          report({ path: path4, messageId: "notString", data: { key, type: valueTypeName(item) } });
          continue;
        }
        const bytes = decodeStandardBase64(item);
        if (!bytes) report({ path: path4, messageId: base64Slip(item) ?? "notBase64", data: { key } });
        else if (!isReadableText(bytes) && readsLikeWords(item))
          report({
            path: path4,
            messageId: "plainText",
            severity: "warning",
            data: { key },
            // Encoded in place rather than moved to stringData: the key stays where it is (and where a rubric looks for it).
            fix: { title: `Encode the value of ${key} in base64`, replacement: Buffer.from(item, "utf8").toString("base64"), sensitive: true }
          });
      }
    }
    const stringData = value.stringData;
    if (isObject(stringData)) {
      for (const [key, item] of Object.entries(stringData)) {
        reportConfigKey(report, "stringData", key);
        if (typeof item !== "string") report({ path: ["stringData", key], messageId: "stringDataNotString", data: { key, type: valueTypeName(item) } });
      }
    }
    const type = value.type;
    if (typeof type !== "string") return;
    const parent = isObject(data) ? { path: ["data"], target: "key" } : isObject(stringData) ? { path: ["stringData"], target: "key" } : { path: ["type"], target: "value" };
    for (const key of requiredKeys[type] ?? []) {
      if (!hasKey2(resource, key)) report({ ...parent, messageId: "missingTypeKey", data: { type, key } });
    }
    if (type === "kubernetes.io/basic-auth" && !hasKey2(resource, "username") && !hasKey2(resource, "password"))
      report({ ...parent, messageId: "missingBasicAuth" });
    const jsonKey = jsonKeys[type];
    const text3 = jsonKey ? textOf(value, jsonKey) : void 0;
    if (jsonKey && text3 !== void 0 && !isJsonObject(text3)) {
      const section = typeof get(stringData, [jsonKey]) === "string" ? "stringData" : "data";
      report({ path: [section, jsonKey], messageId: "badDockerConfig", data: { type, key: jsonKey } });
    }
  }
});

// rules/selector-labels.ts
function selectsGeneratedLabels(requirements2, jobName) {
  const generated = { "job-name": jobName, "batch.kubernetes.io/job-name": jobName };
  return requirements2.every(
    (requirement) => satisfies(generated, requirement) || requirement.type === "expression" && requirement.operator === "Exists" && ["controller-uid", "batch.kubernetes.io/controller-uid"].includes(requirement.key)
  );
}
var selector_labels_default = defineRule({
  meta: {
    id: "selector-labels",
    description: "A workload's selector must match its pod template labels (StatefulSet, Deployment, ReplicaSet, DaemonSet, Job with manualSelector).",
    severity: "error",
    kinds: ["StatefulSet", "Deployment", "ReplicaSet", "DaemonSet", "Job"],
    messages: {
      labelMissing: 'The selector requires the label {{key}}={{value}}, but the pod template has no label {{key}} (its labels: {{labels}}); the API server rejects this: "selector does not match template labels".',
      labelDiffers: 'The selector requires {{key}}={{value}}, but the pod template sets {{key}}={{actual}}; the API server rejects this: "selector does not match template labels".',
      expressionFails: 'The selector expression "{{expression}}" does not match the pod template labels ({{labels}}); the API server rejects this: "selector does not match template labels".',
      empty: "An empty selector would select every pod in the namespace; the API server rejects it for a {{kind}}.",
      jobSelectorNotManual: 'A Job generates its own selector (controller-uid), so the API server rejects a spec.selector that asks for other labels unless manualSelector is true ("selector not auto-generated").'
    },
    hints: {
      labelMissing: "Add {{key}}: {{value}} under {{labelsPath}}, or remove it from the selector.",
      labelDiffers: "Make the two values identical: either {{key}}: {{value}} in the template, or {{key}}: {{actual}} in the selector.",
      expressionFails: "Change the expression or the labels under {{labelsPath}} so that the pods it creates are selected.",
      empty: "Select the pod template labels, e.g. matchLabels: { app: my-app } with the same label under {{labelsPath}}.",
      jobSelectorNotManual: "Remove spec.selector and let Kubernetes generate it (recommended), or set manualSelector: true and make it match the template labels."
    },
    docs: {
      rationale: 'A controller finds the pods it owns through its selector, so the selector must match the labels of the pods it creates from its template. The API server refuses a StatefulSet, Deployment, ReplicaSet or DaemonSet whose selector does not match the template labels ("selector does not match template labels"), and an empty selector. A Job builds its own selector unless you set manualSelector: true.',
      incorrect: "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: data-pipeline\nspec:\n  serviceName: ss-db\n  selector:\n    matchLabels:\n      app: data-pipeline\n  template:\n    metadata:\n      labels:\n        app: pipeline\n    spec:\n      containers:\n        - name: db\n          image: postgres:9.4\n",
      correct: "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: data-pipeline\nspec:\n  serviceName: ss-db\n  selector:\n    matchLabels:\n      app: data-pipeline\n  template:\n    metadata:\n      labels:\n        app: data-pipeline\n    spec:\n      containers:\n        - name: db\n          image: postgres:9.4\n"
    }
  },
  check({ resource, value, report }) {
    const spec = value.spec;
    if (!isObject(spec)) return;
    const selector = spec.selector;
    if (resource.kind === "Job" && spec.manualSelector !== true) {
      if (isObject(selector) && !selectsGeneratedLabels(selectorRequirements(selector, ["spec", "selector"]), resource.name ?? "")) {
        report({ path: ["spec", "selector"], messageId: "jobSelectorNotManual", target: "key" });
      }
      return;
    }
    if (!isObject(selector)) return;
    const template = podTemplateOf(resource);
    if (!template) return;
    const labelsPath = template.labelsPath.join(".");
    const requirements2 = selectorRequirements(selector, ["spec", "selector"]);
    if (requirements2.length === 0) {
      if (resource.kind !== "Job")
        report({ path: ["spec", "selector"], messageId: "empty", target: "key", data: { kind: resource.kind ?? "workload", labelsPath } });
      return;
    }
    const labels2 = describeLabels(template.labels);
    for (const requirement of requirements2) {
      if (satisfies(template.labels, requirement)) continue;
      if (requirement.type === "expression") {
        report({
          path: [...requirement.path, "key"],
          messageId: "expressionFails",
          data: { expression: describeRequirement(requirement), labels: labels2, labelsPath }
        });
      } else if (Object.prototype.hasOwnProperty.call(template.labels, requirement.key)) {
        report({
          path: requirement.path,
          messageId: "labelDiffers",
          data: { key: requirement.key, value: requirement.value, actual: template.labels[requirement.key], labelsPath }
        });
      } else {
        report({
          path: requirement.path,
          target: "key",
          messageId: "labelMissing",
          data: { key: requirement.key, value: requirement.value, labels: labels2, labelsPath }
        });
      }
    }
  }
});

// rules/service-account-token.ts
var tokenDirectory = /\/run\/secrets\/kubernetes\.io\/serviceaccount/;
function readsToken(container) {
  return ["command", "args"].some((field) => {
    const words = container[field];
    return Array.isArray(words) && words.some((word) => typeof word === "string" && tokenDirectory.test(word));
  });
}
var service_account_token_default = defineRule({
  uses: {
    own: [
      ["$pod", "automountServiceAccountToken"],
      ["$pod", "serviceAccountName"],
      ["$pod", "serviceAccount"],
      ["$containers", "command"],
      ["$containers", "args"]
    ],
    others: { ServiceAccount: [["automountServiceAccountToken"]] }
  },
  meta: {
    id: "service-account-token",
    description: "A pod gets its ServiceAccount token mounted unless automountServiceAccountToken is false (on the pod or its ServiceAccount).",
    severity: "info",
    kinds: ["Pod", "PodTemplate", "Job", "CronJob", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"],
    messages: {
      mounted: 'Every pod of this {{kind}} gets a token for the ServiceAccount "{{account}}" at /var/run/secrets/kubernetes.io/serviceaccount/token: anything running in it can call the Kubernetes API with that identity.'
    },
    hints: {
      mounted: 'If the pod never talks to the Kubernetes API, add automountServiceAccountToken: false under {{where}} (or on the ServiceAccount "{{account}}").'
    },
    docs: {
      rationale: `Every pod runs as a ServiceAccount (the namespace's "default" one unless serviceAccountName says otherwise), and by default its token is mounted into every container. Any process in the pod, or anyone who can exec into it or read its files, can use the token against the API server with the account's permissions. Most application pods never call the API, so turning the mount off removes a credential they do not need. This is the lesson of the workshop's exercise 6. A pod that sets automountServiceAccountToken: true, or whose command reads the token directory, has made the choice explicitly and is not reported.`,
      incorrect: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: peek\nspec:\n  restartPolicy: Never\n  containers:\n    - name: peek\n      image: alpine:3.8\n",
      correct: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: peek\nspec:\n  restartPolicy: Never\n  automountServiceAccountToken: false\n  containers:\n    - name: peek\n      image: alpine:3.8\n"
    }
  },
  check({ resource, index, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    if (typeof pod.spec.automountServiceAccountToken === "boolean") return;
    const accountField = pod.spec.serviceAccountName ?? pod.spec.serviceAccount;
    const account = typeof accountField === "string" && accountField !== "" ? accountField : "default";
    const serviceAccount = index.find("ServiceAccount", account, resource.namespace);
    if (serviceAccount?.value.automountServiceAccountToken === false) return;
    if (containersOf(pod).some(({ container }) => readsToken(container))) return;
    report({ path: pod.path, target: "key", messageId: "mounted", data: { kind: resource.kind ?? "workload", account, where: formatPath(pod.path) } });
  }
});

// rules/service-selector.ts
function carries(template, key, value) {
  return template.labels[key] === value || controllerAddsLabel(template, key, value);
}
function describeWorkload(template) {
  return `${template.resource.kind} ${template.resource.name ?? ""}`.trim();
}
function closestTemplate(index, namespace, entries) {
  const near = (template) => sameNamespace(template.resource.namespace, namespace);
  let closest;
  const labelled = entries.map(([key, label]) => podTemplatesLabelled(index, key, label));
  if (labelled.some((list) => list === void 0)) {
    for (const template of podTemplatesIn(index)) {
      if (!near(template)) continue;
      let matching = 0;
      for (let i = 0; i < entries.length; i++) if (carries(template, entries[i][0], entries[i][1])) matching++;
      if (matching > 0 && (!closest || matching > closest.matching)) closest = { template, matching };
    }
    return closest;
  }
  const counts = /* @__PURE__ */ new Map();
  labelled.forEach((list, i) => {
    const [key, label] = entries[i];
    list.forEach((template, j) => {
      if (near(template) && template.labels[key] === label && list[j - 1] !== template) counts.set(template, (counts.get(template) ?? 0) + 1);
    });
  });
  for (const [template, matching] of counts) {
    if (!closest || matching > closest.matching || matching === closest.matching && podTemplateOrdinal(index, template) < podTemplateOrdinal(index, closest.template))
      closest = { template, matching };
  }
  return closest;
}
var service_selector_default = defineRule({
  // A Service is compared with the pod templates; one without a selector reports nothing either way.
  readsIndexFirst: true,
  uses: {
    own: [
      ["spec", "type"],
      ["spec", "selector"]
    ],
    // Every pod template: where it is and its labels (src/k8s/pod-templates.ts).
    others: {
      "*": [
        ["$pod", "{}"],
        ["$template", "metadata", "labels"]
      ]
    }
  },
  meta: {
    id: "service-selector",
    description: "A Service selector that selects none of the pod templates among your files in its namespace.",
    severity: "warning",
    kinds: ["Service"],
    messages: {
      noMatch: "This Service selects pods labelled {{selector}}, but no pod template among your files in its namespace has these labels, so the Service has no endpoints and connections to it fail.",
      labelMissing: "No pod template among your files matches this Service's selector ({{selector}}): the closest, {{workload}}, has no label {{key}}. The Service gets no endpoints and connections to it fail.",
      labelDiffers: "No pod template among your files matches this Service's selector ({{selector}}): the closest, {{workload}}, has {{key}}={{actual}}. The Service gets no endpoints and connections to it fail.",
      namespaceApart: "This Service is in namespace {{namespace}}, but the pods it selects ({{selector}}) are those of {{workload}}, in namespace {{target}}: a Service selects pods of its own namespace only, so it gets no endpoints and connections to it fail.",
      namespaceOfPods: "This Service names no namespace, and the pods it selects ({{selector}}) are those of {{workload}}, in namespace {{named}}: it reaches them only if it is applied in {{named}} too.",
      namespaceOfService: "This Service is in namespace {{named}}, and {{workload}}, whose pods it selects ({{selector}}), names no namespace: it reaches them only if {{workload}} is applied in {{named}} too."
    },
    hints: {
      noMatch: "Use the labels written under the pod template (spec.template.metadata.labels) of the workload this Service is for.",
      labelMissing: "Add {{key}}: {{value}} to the pod template labels of {{workload}}, or remove {{key}} from the selector.",
      labelDiffers: "Make the values identical: {{key}}: {{actual}} here, or {{key}}: {{value}} in the pod template of {{workload}}.",
      namespaceApart: "Put the Service and {{workload}} in the same metadata.namespace.",
      namespaceOfPods: "Give this Service metadata.namespace: {{named}} as well, or apply it with kubectl apply -n {{named}}.",
      namespaceOfService: "Give {{workload}} metadata.namespace: {{named}} as well, or apply it with kubectl apply -n {{named}}."
    },
    docs: {
      rationale: "A Service sends traffic to the pods whose labels match every entry of its selector. The labels that count are the pod template labels (spec.template.metadata.labels), not the labels of the Deployment or StatefulSet itself. When no pod matches, the API server accepts the Service, but it has no endpoints and every connection fails. A Service selects pods of its own namespace only: when both it and the workload name a namespace and they differ, it never reaches those pods; when only one of them names a namespace, it reaches them only if the other is applied there too (kubectl apply puts a resource without a namespace in the current one). The rule only looks at pod templates among your files; when your files hold no pod templates at all, the pods are assumed to live elsewhere.",
      incorrect: "apiVersion: v1\nkind: Service\nmetadata:\n  name: voter-svc\nspec:\n  selector:\n    app: voter\n    version: v2\n  ports:\n    - port: 80\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: voter\nspec:\n  selector:\n    matchLabels:\n      app: voter\n  template:\n    metadata:\n      labels:\n        app: voter\n        version: v1\n    spec:\n      containers:\n        - name: vote\n          image: dockersamples/examplevotingapp_vote:after\n",
      correct: "apiVersion: v1\nkind: Service\nmetadata:\n  name: voter-svc\nspec:\n  selector:\n    app: voter\n    version: v1\n  ports:\n    - port: 80\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: voter\nspec:\n  selector:\n    matchLabels:\n      app: voter\n  template:\n    metadata:\n      labels:\n        app: voter\n        version: v1\n    spec:\n      containers:\n        - name: vote\n          image: dockersamples/examplevotingapp_vote:after\n"
    }
  },
  check({ resource, value, index, report }) {
    const spec = value.spec;
    if (!isObject(spec) || spec.type === "ExternalName" || !isObject(spec.selector)) return;
    const selector = labelsOf(spec.selector);
    const entries = Object.entries(selector);
    if (entries.length === 0) return;
    const description = describeLabels(selector);
    const selects = (template2) => entries.every(([key2, label2]) => carries(template2, key2, label2));
    const selected = (podTemplatesLabelled(index, entries[0][0], entries[0][1]) ?? podTemplatesIn(index)).filter(selects).map((template2) => ({ template: template2, meeting: meeting(resource.namespace, template2.resource.namespace) }));
    if (selected.some(({ meeting: meeting2 }) => meeting2.status === "same")) return;
    const nearest = selected.find(({ meeting: meeting2 }) => meeting2.status === "depends") ?? selected[0];
    if (nearest) {
      const workload2 = describeWorkload(nearest.template);
      const at = { path: ["spec", "selector"], target: "key" };
      const { meeting: met } = nearest;
      if (met.status === "apart")
        report({ ...at, messageId: "namespaceApart", data: { selector: description, workload: workload2, namespace: met.from, target: met.to } });
      else if (met.status === "depends")
        report({ ...at, messageId: met.side === "to" ? "namespaceOfPods" : "namespaceOfService", data: { selector: description, workload: workload2, named: met.named } });
      return;
    }
    if (podTemplatesNear(index, resource.namespace) === 0) return;
    const closest = closestTemplate(index, resource.namespace, entries);
    if (!closest) {
      report({ path: ["spec", "selector"], target: "key", messageId: "noMatch", data: { selector: description } });
      return;
    }
    const { template } = closest;
    const workload = describeWorkload(template);
    const [key, label] = entries.find(([entryKey, entryLabel]) => !carries(template, entryKey, entryLabel));
    const actual = template.labels[key];
    if (actual === void 0) {
      report({ path: ["spec", "selector", key], target: "key", messageId: "labelMissing", data: { selector: description, workload, key, value: label } });
    } else {
      report({ path: ["spec", "selector", key], messageId: "labelDiffers", data: { selector: description, workload, key, value: label, actual } });
    }
  }
});

// rules/statefulset-service.ts
var statefulset_service_default = defineRule({
  uses: {
    own: [
      ["spec", "serviceName"],
      ["$pod", "{}"],
      ["$template", "metadata", "labels"]
    ],
    others: {
      Service: [
        ["spec", "clusterIP"],
        ["spec", "selector"]
      ]
    }
  },
  meta: {
    id: "statefulset-service",
    description: "A StatefulSet's serviceName names a headless Service (clusterIP: None) that selects its pods.",
    severity: "warning",
    kinds: ["StatefulSet"],
    messages: {
      namespaceApart: "Service {{service}} ({{where}}) is in namespace {{target}}; this StatefulSet runs in {{namespace}}, and a governing Service must be in the same namespace, so its pods get no DNS names.",
      namespaceDepends: "{{which}} names no namespace: Service {{service}} ({{where}}) governs this StatefulSet only if both are applied in {{named}}.",
      notHeadless: "Service {{service}} ({{where}}) governs this StatefulSet but is not headless (it has no clusterIP: None), so the pods get no stable DNS names such as {{pod}}.{{service}}.",
      missing: "serviceName {{service}} names a Service that is not among your files; it must exist, headless (clusterIP: None), for the pods to get stable network identities such as {{pod}}.{{service}}.",
      notSelecting: "The headless Service {{service}} ({{where}}) does not select this StatefulSet's pods (its selector is {{selector}}, the pods have {{labels}}), so they get no DNS names.",
      noServiceName: "This StatefulSet sets no serviceName, so its pods get no stable DNS names; that is fine only if nothing needs to reach a particular pod."
    },
    hints: {
      namespaceApart: "Put Service {{service}} in namespace {{namespace}} (metadata.namespace), beside the StatefulSet.",
      namespaceDepends: "Give both the same metadata.namespace ({{named}}), or apply them with kubectl apply -n {{named}}.",
      notHeadless: "Add clusterIP: None to the spec of Service {{service}}; if other pods need a load-balanced address, keep a second, normal Service for that.",
      missing: "Add a Service named {{service}} with clusterIP: None and a selector matching the pod template labels.",
      notSelecting: "Give Service {{service}} a selector made of the pod template labels ({{labels}}).",
      noServiceName: "Add serviceName: naming a headless Service (clusterIP: None) that selects these pods."
    },
    docs: {
      rationale: "A StatefulSet gives each pod a stable identity: data-pipeline-0, data-pipeline-1, ... The network half of that identity comes from the governing Service named in serviceName, which must be headless (clusterIP: None) and select the pods; DNS then has a record for every pod, such as data-pipeline-0.ss-db. With a normal Service, or none, the StatefulSet still runs, but the pods cannot be reached by their stable names. The workshop's own ss-db Service is not headless.",
      incorrect: "apiVersion: v1\nkind: Service\nmetadata:\n  name: ss-db\nspec:\n  selector:\n    app: data-pipeline\n  ports:\n    - port: 5432\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: data-pipeline\nspec:\n  serviceName: ss-db\n  selector:\n    matchLabels:\n      app: data-pipeline\n  template:\n    metadata:\n      labels:\n        app: data-pipeline\n    spec:\n      containers:\n        - name: db\n          image: postgres:9.4\n",
      correct: "apiVersion: v1\nkind: Service\nmetadata:\n  name: ss-db\nspec:\n  clusterIP: None\n  selector:\n    app: data-pipeline\n  ports:\n    - port: 5432\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: data-pipeline\nspec:\n  serviceName: ss-db\n  selector:\n    matchLabels:\n      app: data-pipeline\n  template:\n    metadata:\n      labels:\n        app: data-pipeline\n    spec:\n      containers:\n        - name: db\n          image: postgres:9.4\n"
    }
  },
  check({ resource, value, index, report }) {
    const spec = value.spec;
    if (!isObject(spec)) return;
    const serviceName = spec.serviceName;
    if (serviceName === void 0 || serviceName === "") {
      report({ path: ["spec"], target: "key", messageId: "noServiceName", severity: "info" });
      return;
    }
    if (typeof serviceName !== "string") return;
    const path4 = ["spec", "serviceName"];
    const pod = `${resource.name ?? "statefulset"}-0`;
    const found = index.lookup("Service", serviceName, resource.namespace);
    const service = found.resource;
    const other = found.elsewhere[0];
    if (!service && other && other.namespace !== null && resource.namespace !== null) {
      report({
        path: path4,
        messageId: "namespaceApart",
        severity: "error",
        data: { service: serviceName, where: fileAndLine(other), target: other.namespace, namespace: resource.namespace }
      });
      return;
    }
    if (service && found.meeting?.status === "depends") {
      const which = found.meeting.side === "to" ? "This StatefulSet" : `Service ${serviceName}`;
      report({ path: path4, messageId: "namespaceDepends", data: { which, service: serviceName, where: fileAndLine(service), named: found.meeting.named } });
    }
    if (!service) {
      report({ path: path4, messageId: "missing", data: { service: serviceName, pod } });
      return;
    }
    const where = fileAndLine(service);
    const serviceSpec = isObject(service.value.spec) ? service.value.spec : {};
    if (serviceSpec.clusterIP !== "None") {
      report({ path: path4, messageId: "notHeadless", data: { service: serviceName, where, pod } });
      return;
    }
    const template = podTemplateOf(resource);
    const selector = labelsOf(serviceSpec.selector);
    const required = Object.entries(selector);
    if (!template || required.length === 0) return;
    if (required.every(([key, label]) => template.labels[key] === label)) return;
    report({
      path: path4,
      messageId: "notSelecting",
      data: { service: serviceName, where, selector: describeLabels(selector), labels: describeLabels(template.labels) }
    });
  }
});

// rules/volume-mount-ref.ts
var import_fastest_levenshtein2 = __toESM(require_mod(), 1);
function namesIn(list, namePath) {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const name = get(item, namePath);
    return typeof name === "string" ? [name] : [];
  });
}
function misspeltClaimTemplates(spec) {
  if (!isObject(spec)) return void 0;
  const field = Object.keys(spec).find((key) => key !== "volumeClaimTemplates" && (0, import_fastest_levenshtein2.distance)(key.toLowerCase(), "volumeclaimtemplates") <= 2);
  return field ? { field, names: namesIn(spec[field], ["metadata", "name"]) } : void 0;
}
var volume_mount_ref_default = defineRule({
  meta: {
    id: "volume-mount-ref",
    description: "Every volumeMount (and volumeDevice) names a volume of the pod, or for a StatefulSet a volumeClaimTemplate.",
    severity: "error",
    kinds: ["Pod", "PodTemplate", "Job", "CronJob", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"],
    messages: {
      unknown: 'volumeMount "{{name}}" names no volume of this pod; the pod declares {{declared}}. The API server rejects the pod ("volumeMounts.name: Not found").',
      unknownSuggest: 'volumeMount "{{name}}" names no volume of this pod; did you mean "{{suggestion}}"? The API server rejects the pod ("volumeMounts.name: Not found").',
      noVolumes: 'volumeMount "{{name}}" names a volume, but this pod declares no volumes at all. The API server rejects the pod ("volumeMounts.name: Not found").',
      unknownStatefulSet: 'volumeMount "{{name}}" names neither a pod volume nor a volumeClaimTemplate (declared: {{declared}}), so the StatefulSet controller can never create its pods.',
      unknownStatefulSetSuggest: 'volumeMount "{{name}}" names neither a pod volume nor a volumeClaimTemplate; did you mean "{{suggestion}}"? The StatefulSet controller can never create its pods.',
      noVolumesStatefulSet: 'volumeMount "{{name}}" names a volume, but this StatefulSet declares no volumes and no volumeClaimTemplates, so the StatefulSet controller can never create its pods.',
      misspeltClaimTemplates: 'volumeMount "{{name}}" refers to a claim declared under spec.{{field}}, which Kubernetes does not read (only spec.volumeClaimTemplates), so the StatefulSet controller can never create its pods.'
    },
    hints: {
      unknown: 'Use the name of one of the volumes listed under volumes:, or add a volume named "{{name}}".',
      unknownSuggest: 'Make the two names identical: rename the mount to "{{suggestion}}" (or the volume to "{{name}}").',
      noVolumes: 'Add a volumes: list beside containers: with an entry named "{{name}}" (e.g. configMap:, secret: or emptyDir:).',
      unknownStatefulSet: "Name a volume under volumes:, or a volumeClaimTemplates entry by its metadata.name.",
      unknownStatefulSetSuggest: 'Make the two names identical: rename the mount to "{{suggestion}}".',
      noVolumesStatefulSet: 'Add a volumeClaimTemplates entry whose metadata.name is "{{name}}", or a volume of that name under volumes:.',
      misspeltClaimTemplates: "Rename spec.{{field}} to spec.volumeClaimTemplates."
    },
    docs: {
      rationale: "A volumeMount says where a volume appears inside a container, and refers to the volume by name. The name must be exactly the name of an entry under the pod's volumes (or, in a StatefulSet, the metadata.name of a volumeClaimTemplate). A mount that names nothing is rejected by the API server, and for a StatefulSet the controller can never create the pods. The usual slip is naming the mount after the ConfigMap or Secret instead of after the volume.",
      incorrect: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: volume-mount-explorer\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: explorer\n          image: alpine:3.8\n          volumeMounts:\n            - name: pretty-secret-config\n              mountPath: /run/secret/\n      volumes:\n        - name: pretty-secret-config-volume\n          secret:\n            secretName: pretty-secret-config\n",
      correct: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: volume-mount-explorer\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: explorer\n          image: alpine:3.8\n          volumeMounts:\n            - name: pretty-secret-config-volume\n              mountPath: /run/secret/\n      volumes:\n        - name: pretty-secret-config-volume\n          secret:\n            secretName: pretty-secret-config\n"
    }
  },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const isStatefulSet = resource.kind === "StatefulSet";
    const volumes = namesIn(pod.spec.volumes, ["name"]);
    const claims = isStatefulSet ? namesIn(get(resource.value, ["spec", "volumeClaimTemplates"]), ["metadata", "name"]) : [];
    const declared = /* @__PURE__ */ new Set([...volumes, ...claims]);
    const misspelt = isStatefulSet ? misspeltClaimTemplates(resource.value.spec) : void 0;
    for (const { path: path4, container } of containersOf(pod)) {
      for (const list of ["volumeMounts", "volumeDevices"]) {
        const mounts = container[list];
        if (!Array.isArray(mounts)) continue;
        mounts.forEach((mount, index) => {
          if (!isObject(mount) || typeof mount.name !== "string" || declared.has(mount.name)) return;
          const name = mount.name;
          const where = [...path4, list, index, "name"];
          const suggestion = suggestName(name, declared);
          const data = { name, declared: listNames(declared), ...suggestion ? { suggestion } : {} };
          const suggestions = isStatefulSet ? [] : [
            ...suggestion ? [{ title: `Mount ${suggestion} instead`, replacement: suggestion }] : [],
            {
              title: `Add an emptyDir volume named ${name} to the pod's volumes`,
              append: { path: [...pod.path, "volumes"], entry: { name, emptyDir: {} } }
            }
          ];
          if (misspelt?.names.includes(name)) report({ path: where, messageId: "misspeltClaimTemplates", data: { ...data, field: misspelt.field } });
          else if (isStatefulSet && declared.size === 0 && !suggestion) report({ path: where, messageId: "noVolumesStatefulSet", data });
          else if (isStatefulSet) report({ path: where, messageId: suggestion ? "unknownStatefulSetSuggest" : "unknownStatefulSet", data });
          else if (declared.size === 0) report({ path: where, messageId: "noVolumes", data, suggestions });
          else report({ path: where, messageId: suggestion ? "unknownSuggest" : "unknown", data, suggestions });
        });
      }
    }
  }
});

// rules/volume-unused.ts
var volume_unused_default = defineRule({
  meta: {
    id: "volume-unused",
    description: "A pod volume, or a StatefulSet volumeClaimTemplate, that no container mounts.",
    severity: "warning",
    kinds: ["Pod", "PodTemplate", "Job", "CronJob", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"],
    messages: {
      volume: 'Volume "{{name}}" is declared but no container mounts it, so its data is not visible anywhere in the pod.',
      claim: 'volumeClaimTemplate "{{name}}" is not mounted by any container: every replica still gets its own PersistentVolumeClaim ({{name}}-{{statefulSet}}-0, ...) and disk that nothing uses.'
    },
    hints: {
      volume: "Add a volumeMounts entry with name: {{name}} and a mountPath to the container that needs it, or remove the volume.",
      claim: "Add a volumeMounts entry with name: {{name}} to the container that should store its data there, or remove the template."
    },
    docs: {
      rationale: "Declaring a volume only makes it available to the pod; a container sees it only through a volumeMounts entry with the same name. A volume nobody mounts is usually a mount that was forgotten or misnamed (the API server accepts it, and the files you expected are simply not there). An unmounted StatefulSet volumeClaimTemplate still provisions a disk for every replica. When a mount names something close to the volume (a misspelling), volume-mount-ref reports the mount with a did-you-mean instead.",
      incorrect: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: volume-mount-explorer\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: explorer\n          image: alpine:3.8\n          command: ["ls", "/etc/not-secret"]\n      volumes:\n        - name: not-secret-config\n          configMap:\n            name: not-secret-config\n',
      correct: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: volume-mount-explorer\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: explorer\n          image: alpine:3.8\n          command: ["ls", "/etc/not-secret"]\n          volumeMounts:\n            - name: not-secret-config\n              mountPath: /etc/not-secret\n      volumes:\n        - name: not-secret-config\n          configMap:\n            name: not-secret-config\n'
    }
  },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const mounted = /* @__PURE__ */ new Set();
    for (const { container } of containersOf(pod)) {
      for (const list of ["volumeMounts", "volumeDevices"]) {
        const mounts = container[list];
        if (!Array.isArray(mounts)) continue;
        for (const mount of mounts) if (isObject(mount) && typeof mount.name === "string") mounted.add(mount.name);
      }
    }
    const volumes = pod.spec.volumes;
    const claims = resource.kind === "StatefulSet" ? get(resource.value, ["spec", "volumeClaimTemplates"]) : void 0;
    const declared = [
      ...Array.isArray(volumes) ? volumes.map((volume) => get(volume, ["name"])) : [],
      ...Array.isArray(claims) ? claims.map((claim) => get(claim, ["metadata", "name"])) : []
    ].filter((name) => typeof name === "string");
    const meant = new Set([...mounted].filter((name) => !declared.includes(name)).map((name) => suggestName(name, declared)));
    if (Array.isArray(volumes)) {
      volumes.forEach((volume, index) => {
        if (isObject(volume) && typeof volume.name === "string" && !mounted.has(volume.name) && !meant.has(volume.name)) {
          report({ path: [...pod.path, "volumes", index, "name"], messageId: "volume", data: { name: volume.name } });
        }
      });
    }
    if (!Array.isArray(claims)) return;
    claims.forEach((claim, index) => {
      const name = get(claim, ["metadata", "name"]);
      if (typeof name === "string" && !mounted.has(name) && !meant.has(name)) {
        report({
          path: ["spec", "volumeClaimTemplates", index, "metadata", "name"],
          messageId: "claim",
          data: { name, statefulSet: resource.name ?? "statefulset" }
        });
      }
    });
  }
});

// rules/index.ts
var rules = [
  config_ref_default,
  configmap_data_default,
  credentials_in_configmap_default,
  cronjob_schedule_default,
  cronjob_structure_default,
  duplicate_resource_default,
  env_name_default,
  env_value_from_default,
  env_var_ref_default,
  image_tag_default,
  job_restart_policy_default,
  port_range_default,
  pvc_access_mode_default,
  quantity_format_default,
  secret_data_default,
  selector_labels_default,
  service_account_token_default,
  service_selector_default,
  statefulset_service_default,
  volume_mount_ref_default,
  volume_unused_default
];

// src/lint/registry.ts
var RuleRegistry = class {
  constructor(rules2) {
    this.rules = rules2;
  }
  rules;
  sorted;
  byId;
  /** Every rule's metadata, built-in checks included, by id; built once, on first use. */
  allMeta() {
    this.sorted ??= Object.freeze([...builtinRules, ...this.rules.map((rule) => rule.meta)].sort((a, b) => compareStrings(a.id, b.id)));
    return this.sorted;
  }
  findMeta(id) {
    this.byId ??= new Map(this.allMeta().map((meta) => [meta.id, meta]));
    return this.byId.get(id);
  }
};

// src/pipeline/rule-set.ts
var registry = new RuleRegistry(rules);

// src/lint/needs-resource-set.ts
var NeedsResourceSet = class extends Error {
  constructor() {
    super("this rule looks at other resources; it runs once every file is read");
  }
};
var needsResourceSet = new NeedsResourceSet();

// src/lint/run-rules.ts
function redactData(resource, data) {
  if (data === void 0) return void 0;
  const texts = redactedTexts(resource);
  if (texts.size === 0) return data;
  return Object.fromEntries(
    Object.entries(data).map(([name, item]) => [name, typeof item === "string" || typeof item === "number" ? redactText(String(item), texts) : item])
  );
}
function runRuleInto(rule, resource, index, options2, findings) {
  const start = findings.length;
  const { meta } = rule;
  try {
    rule.check({
      resource,
      value: resource.value,
      index,
      options: options2,
      report(report) {
        const data = redactData(resource, report.data);
        const translated = translate(meta, { messageId: report.messageId, data });
        const sensitive = mustRedact(resource, report.path);
        const guarded = (intent) => sensitive && !intent.sensitive ? { ...intent, sensitive: true } : intent;
        const finding = findingAt(resource, {
          ruleId: meta.id,
          severity: report.severity ?? meta.severity,
          message: translated.message,
          path: report.path,
          target: report.target,
          hint: translated.hint,
          fix: report.fix && guarded(report.fix),
          suggestions: report.suggestions?.map(guarded)
        });
        finding.messageId = report.messageId;
        findings.push(finding);
      }
    });
  } catch (error2) {
    if (error2 instanceof NeedsResourceSet) {
      findings.length = start;
      return false;
    }
    findings.push(
      findingAt(resource, {
        ruleId: meta.id,
        severity: "error",
        message: `Internal error in rule ${meta.id}: ${error2.message}. Please report this.`,
        path: [],
        target: "key"
      })
    );
  }
  return true;
}

// src/lint/rule-stages.ts
var tripwire = new Proxy(
  {},
  {
    get() {
      throw needsResourceSet;
    }
  }
);
var noOptions = Object.freeze({});
var runsByKind = /* @__PURE__ */ new WeakMap();
var noSettings = Object.freeze({});
function runsFor(rules2, settings, kind) {
  let bySettings = runsByKind.get(rules2);
  if (!bySettings) runsByKind.set(rules2, bySettings = /* @__PURE__ */ new WeakMap());
  let byKind = bySettings.get(settings);
  if (!byKind) bySettings.set(settings, byKind = /* @__PURE__ */ new Map());
  let runs = byKind.get(kind);
  if (!runs) {
    runs = [];
    for (const rule of rules2) {
      const configured = settings.severity?.[rule.meta.id];
      if (configured === "off" || rule.meta.kinds && (kind === null || !rule.meta.kinds.includes(kind))) continue;
      runs.push({ rule, options: settings.options?.[rule.meta.id] ?? noOptions, configured, defer: rule.readsIndexFirst === true });
    }
    if (byKind.size < 5e3) byKind.set(kind, runs);
  }
  return runs;
}
function runOwnRules(rules2, resources, settings = noSettings) {
  const findings = [];
  const deferred = resources.map(() => []);
  resources.forEach((resource, i) => {
    for (const { rule, options: options2, configured, defer } of runsFor(rules2, settings, resource.kind)) {
      const start = findings.length;
      if (defer || !runRuleInto(rule, resource, tripwire, options2, findings)) deferred[i].push(rule.meta.id);
      else if (configured) for (let f = start; f < findings.length; f++) findings[f] = { ...findings[f], severity: configured };
    }
  });
  return { findings, deferred };
}

// src/schema/api-verdict.ts
var import_fastest_levenshtein3 = __toESM(require_mod(), 1);

// src/schema/api-history.ts
var workloads = ["Deployment", "DaemonSet", "ReplicaSet", "StatefulSet", "ControllerRevision"];
var rbac = ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"];
var selectorNote = "apps/v1 requires spec.selector, matching the pod template labels.";
var ingressNote = "networking.k8s.io/v1 renames backend.serviceName/servicePort to backend.service.name/port, and every path needs a pathType.";
var apiHistory = [
  // CronJob
  { apiVersion: "batch/v2alpha1", kinds: ["CronJob"], removed: "1.21", replacement: "batch/v1" },
  { apiVersion: "batch/v1beta1", kinds: ["CronJob"], since: "1.8", deprecated: "1.21", removed: "1.25", replacement: "batch/v1" },
  { apiVersion: "batch/v1", kinds: ["CronJob"], since: "1.21" },
  // Workloads: apps/v1 since 1.9, the betas removed in 1.16
  { apiVersion: "apps/v1", kinds: workloads, since: "1.9" },
  {
    apiVersion: "extensions/v1beta1",
    kinds: ["Deployment", "DaemonSet", "ReplicaSet"],
    deprecated: "1.9",
    removed: "1.16",
    replacement: "apps/v1",
    note: selectorNote
  },
  {
    apiVersion: "apps/v1beta1",
    kinds: ["Deployment", "StatefulSet", "ControllerRevision"],
    since: "1.5",
    deprecated: "1.9",
    removed: "1.16",
    replacement: "apps/v1",
    note: selectorNote
  },
  { apiVersion: "apps/v1beta2", kinds: workloads, since: "1.8", deprecated: "1.9", removed: "1.16", replacement: "apps/v1", note: selectorNote },
  { apiVersion: "extensions/v1beta1", kinds: ["NetworkPolicy"], deprecated: "1.9", removed: "1.16", replacement: "networking.k8s.io/v1" },
  { apiVersion: "networking.k8s.io/v1", kinds: ["NetworkPolicy"], since: "1.8" },
  { apiVersion: "extensions/v1beta1", kinds: ["PodSecurityPolicy"], deprecated: "1.11", removed: "1.16", replacement: "policy/v1beta1" },
  // Removed in 1.22
  { apiVersion: "extensions/v1beta1", kinds: ["Ingress"], deprecated: "1.14", removed: "1.22", replacement: "networking.k8s.io/v1", note: ingressNote },
  {
    apiVersion: "networking.k8s.io/v1beta1",
    kinds: ["Ingress"],
    since: "1.14",
    deprecated: "1.19",
    removed: "1.22",
    replacement: "networking.k8s.io/v1",
    note: ingressNote
  },
  { apiVersion: "networking.k8s.io/v1beta1", kinds: ["IngressClass"], since: "1.18", deprecated: "1.19", removed: "1.22", replacement: "networking.k8s.io/v1" },
  { apiVersion: "networking.k8s.io/v1", kinds: ["Ingress", "IngressClass"], since: "1.19" },
  { apiVersion: "rbac.authorization.k8s.io/v1alpha1", kinds: rbac, deprecated: "1.17", removed: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
  { apiVersion: "rbac.authorization.k8s.io/v1beta1", kinds: rbac, deprecated: "1.17", removed: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
  { apiVersion: "rbac.authorization.k8s.io/v1", kinds: rbac, since: "1.8" },
  {
    apiVersion: "apiextensions.k8s.io/v1beta1",
    kinds: ["CustomResourceDefinition"],
    deprecated: "1.16",
    removed: "1.22",
    replacement: "apiextensions.k8s.io/v1",
    note: "apiextensions.k8s.io/v1 moves the schema to spec.versions[*].schema.openAPIV3Schema and requires spec.scope."
  },
  { apiVersion: "apiextensions.k8s.io/v1", kinds: ["CustomResourceDefinition"], since: "1.16" },
  {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kinds: ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"],
    deprecated: "1.16",
    removed: "1.22",
    replacement: "admissionregistration.k8s.io/v1",
    note: "admissionregistration.k8s.io/v1 requires sideEffects and admissionReviewVersions on every webhook."
  },
  { apiVersion: "admissionregistration.k8s.io/v1", kinds: ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], since: "1.16" },
  { apiVersion: "apiregistration.k8s.io/v1beta1", kinds: ["APIService"], deprecated: "1.19", removed: "1.22", replacement: "apiregistration.k8s.io/v1" },
  // Served by every version bundled here, though kubernetes-types (the 1.21+ source) has no declarations for it.
  { apiVersion: "apiregistration.k8s.io/v1", kinds: ["APIService"], since: "1.10" },
  { apiVersion: "authentication.k8s.io/v1beta1", kinds: ["TokenReview"], deprecated: "1.19", removed: "1.22", replacement: "authentication.k8s.io/v1" },
  { apiVersion: "authentication.k8s.io/v1", kinds: ["TokenReview"], since: "1.6" },
  {
    apiVersion: "authorization.k8s.io/v1beta1",
    kinds: ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview", "SubjectAccessReview"],
    deprecated: "1.19",
    removed: "1.22",
    replacement: "authorization.k8s.io/v1"
  },
  { apiVersion: "authorization.k8s.io/v1", kinds: ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SubjectAccessReview"], since: "1.6" },
  { apiVersion: "authorization.k8s.io/v1", kinds: ["SelfSubjectRulesReview"], since: "1.8" },
  {
    apiVersion: "certificates.k8s.io/v1beta1",
    kinds: ["CertificateSigningRequest"],
    deprecated: "1.19",
    removed: "1.22",
    replacement: "certificates.k8s.io/v1"
  },
  { apiVersion: "certificates.k8s.io/v1", kinds: ["CertificateSigningRequest"], since: "1.19" },
  { apiVersion: "coordination.k8s.io/v1beta1", kinds: ["Lease"], deprecated: "1.19", removed: "1.22", replacement: "coordination.k8s.io/v1" },
  { apiVersion: "coordination.k8s.io/v1", kinds: ["Lease"], since: "1.14" },
  { apiVersion: "scheduling.k8s.io/v1alpha1", kinds: ["PriorityClass"], deprecated: "1.14", removed: "1.22", replacement: "scheduling.k8s.io/v1" },
  { apiVersion: "scheduling.k8s.io/v1beta1", kinds: ["PriorityClass"], deprecated: "1.14", removed: "1.22", replacement: "scheduling.k8s.io/v1" },
  { apiVersion: "scheduling.k8s.io/v1", kinds: ["PriorityClass"], since: "1.14" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["StorageClass"], deprecated: "1.6", removed: "1.22", replacement: "storage.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["VolumeAttachment"], deprecated: "1.13", removed: "1.22", replacement: "storage.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSINode"], deprecated: "1.17", removed: "1.22", replacement: "storage.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIDriver"], deprecated: "1.19", removed: "1.22", replacement: "storage.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1", kinds: ["StorageClass"], since: "1.6" },
  { apiVersion: "storage.k8s.io/v1", kinds: ["VolumeAttachment"], since: "1.13" },
  { apiVersion: "storage.k8s.io/v1", kinds: ["CSINode"], since: "1.17" },
  { apiVersion: "storage.k8s.io/v1", kinds: ["CSIDriver"], since: "1.19" },
  // Removed in 1.25
  { apiVersion: "discovery.k8s.io/v1beta1", kinds: ["EndpointSlice"], deprecated: "1.21", removed: "1.25", replacement: "discovery.k8s.io/v1" },
  { apiVersion: "discovery.k8s.io/v1", kinds: ["EndpointSlice"], since: "1.21" },
  { apiVersion: "events.k8s.io/v1beta1", kinds: ["Event"], deprecated: "1.19", removed: "1.25", replacement: "events.k8s.io/v1" },
  { apiVersion: "events.k8s.io/v1", kinds: ["Event"], since: "1.19" },
  { apiVersion: "autoscaling/v2beta1", kinds: ["HorizontalPodAutoscaler"], deprecated: "1.22", removed: "1.25", replacement: "autoscaling/v2" },
  { apiVersion: "autoscaling/v2beta2", kinds: ["HorizontalPodAutoscaler"], deprecated: "1.23", removed: "1.26", replacement: "autoscaling/v2" },
  { apiVersion: "autoscaling/v2", kinds: ["HorizontalPodAutoscaler"], since: "1.23" },
  { apiVersion: "policy/v1beta1", kinds: ["PodDisruptionBudget"], deprecated: "1.21", removed: "1.25", replacement: "policy/v1" },
  { apiVersion: "policy/v1", kinds: ["PodDisruptionBudget"], since: "1.21" },
  {
    apiVersion: "policy/v1beta1",
    kinds: ["PodSecurityPolicy"],
    since: "1.10",
    deprecated: "1.21",
    removed: "1.25",
    note: "PodSecurityPolicy has no replacement kind: use Pod Security Admission (pod-security.kubernetes.io/* labels on the namespace)."
  },
  { apiVersion: "node.k8s.io/v1beta1", kinds: ["RuntimeClass"], since: "1.14", deprecated: "1.20", removed: "1.25", replacement: "node.k8s.io/v1" },
  { apiVersion: "node.k8s.io/v1", kinds: ["RuntimeClass"], since: "1.20" },
  // Removed in 1.26 and later
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1",
    kinds: ["FlowSchema", "PriorityLevelConfiguration"],
    deprecated: "1.23",
    removed: "1.26",
    replacement: "flowcontrol.apiserver.k8s.io/v1"
  },
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
    kinds: ["FlowSchema", "PriorityLevelConfiguration"],
    since: "1.23",
    deprecated: "1.26",
    removed: "1.29",
    replacement: "flowcontrol.apiserver.k8s.io/v1"
  },
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
    kinds: ["FlowSchema", "PriorityLevelConfiguration"],
    since: "1.26",
    deprecated: "1.29",
    removed: "1.32",
    replacement: "flowcontrol.apiserver.k8s.io/v1"
  },
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1", kinds: ["FlowSchema", "PriorityLevelConfiguration"], since: "1.29" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIStorageCapacity"], since: "1.21", deprecated: "1.24", removed: "1.27", replacement: "storage.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1", kinds: ["CSIStorageCapacity"], since: "1.24" }
];
function apiFact(apiVersion, kind) {
  return apiHistory.find((fact) => fact.apiVersion === apiVersion && fact.kinds.includes(kind));
}
function groupOf2(apiVersion) {
  const slash = apiVersion.lastIndexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}

// src/schema/versions.ts
var bundledKubeVersions = ["1.10", "1.13", "1.21", "1.25", "1.30"];
var newestKubeVersion = bundledKubeVersions[bundledKubeVersions.length - 1];
function compareKubeVersions(a, b) {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

// src/schema/api-verdict.ts
function versionRank(apiVersion) {
  const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(apiVersion.slice(apiVersion.lastIndexOf("/") + 1));
  if (!match) return [-1, 0, 0];
  const stability = match[2] === void 0 ? 2 : match[2] === "beta" ? 1 : 0;
  return [stability, Number(match[1]), Number(match[3] ?? 0)];
}
function isDeprecatedAt(apiVersion, kind, target) {
  const fact = apiFact(apiVersion, kind);
  return Boolean(fact?.deprecated && compareKubeVersions(fact.deprecated, target) <= 0);
}
function preferredApiVersion(catalog, kind, target, exclude) {
  const candidates = Object.entries(catalog.kinds(target)).filter(([apiVersion, kinds]) => apiVersion !== exclude && kinds[kind] !== void 0).map(([apiVersion]) => apiVersion);
  candidates.sort((a, b) => {
    const deprecation = Number(isDeprecatedAt(a, kind, target)) - Number(isDeprecatedAt(b, kind, target));
    if (deprecation !== 0) return deprecation;
    const [ra, rb] = [versionRank(a), versionRank(b)];
    return rb[0] - ra[0] || rb[1] - ra[1] || rb[2] - ra[2] || (a < b ? -1 : 1);
  });
  return candidates[0];
}
function replacementFor(catalog, fact, apiVersion, kind, target) {
  const recordedIsServed = fact.replacement !== void 0 && catalog.kinds(target)[fact.replacement]?.[kind] !== void 0;
  const chosen = recordedIsServed ? fact.replacement : preferredApiVersion(catalog, kind, target, apiVersion) ?? fact.replacement;
  return chosen ? { apiVersion: chosen, since: apiFact(chosen, kind)?.since } : void 0;
}
function servedByFact(fact, target) {
  const started = !fact.since || compareKubeVersions(fact.since, target) <= 0;
  const ended = fact.removed !== void 0 && compareKubeVersions(fact.removed, target) <= 0;
  return started && !ended;
}
function isBuiltinApiVersion(catalog, apiVersion) {
  const group = groupOf2(apiVersion);
  if (group === "") return /^v\d+((alpha|beta)\d+)?$/.test(apiVersion);
  if (apiHistory.some((fact) => groupOf2(fact.apiVersion) === group)) return true;
  return catalog.versions.some((version) => Object.keys(catalog.kinds(version)).some((apiVersion2) => groupOf2(apiVersion2) === group));
}
function closeKind(kind, candidates) {
  let best;
  for (const name of [...candidates].sort()) {
    if (name.endsWith("List")) continue;
    const edits = name.toLowerCase() === kind.toLowerCase() ? 0 : (0, import_fastest_levenshtein3.distance)(name.toLowerCase(), kind.toLowerCase());
    if (edits <= 2 && (!best || edits < best.edits)) best = { name, edits };
  }
  return best?.name;
}
function suggestKind(catalog, apiVersion, kind, target) {
  const inSameApi = closeKind(kind, Object.keys(catalog.kinds(target)[apiVersion] ?? {}));
  if (inSameApi) return { apiVersion, kind: inSameApi };
  const anywhere = closeKind(kind, new Set(Object.values(catalog.kinds(target)).flatMap((kinds) => Object.keys(kinds))));
  if (!anywhere) return void 0;
  const servedAs = preferredApiVersion(catalog, anywhere, target);
  return servedAs ? { apiVersion: servedAs, kind: anywhere } : void 0;
}
function apiVerdict(catalog, apiVersion, kind, target) {
  const targetKinds = catalog.kinds(target);
  const fact = apiFact(apiVersion, kind);
  if (targetKinds[apiVersion]?.[kind]) {
    const deprecated = fact?.deprecated && compareKubeVersions(fact.deprecated, target) <= 0 ? { since: fact.deprecated, removed: fact.removed, replacement: replacementFor(catalog, fact, apiVersion, kind, target), note: fact.note } : void 0;
    return { status: "served", validate: { version: target, apiVersion }, ...deprecated ? { deprecated } : {} };
  }
  if (fact && !targetKinds[apiVersion] && servedByFact(fact, target)) return { status: "served-without-schema" };
  const servedIn = catalog.versions.filter((version) => catalog.kinds(version)[apiVersion]?.[kind] !== void 0);
  const older = servedIn.filter((version) => compareKubeVersions(version, target) < 0);
  const newer = servedIn.filter((version) => compareKubeVersions(version, target) > 0);
  const newestOlder = older[older.length - 1];
  const oldestNewer = newer[0];
  if (fact?.removed && compareKubeVersions(fact.removed, target) <= 0) {
    return {
      status: "removed",
      removedIn: fact.removed,
      exact: true,
      replacement: replacementFor(catalog, fact, apiVersion, kind, target),
      note: fact.note,
      ...newestOlder ? { validate: { version: newestOlder, apiVersion } } : {}
    };
  }
  if (fact?.since && compareKubeVersions(fact.since, target) > 0) {
    const servedAs2 = preferredApiVersion(catalog, kind, target, apiVersion);
    return {
      status: "not-yet",
      since: fact.since,
      exact: true,
      ...servedAs2 ? { servedAs: servedAs2 } : {},
      ...oldestNewer ? { validate: { version: oldestNewer, apiVersion } } : {}
    };
  }
  if (newestOlder) {
    const servedAs2 = preferredApiVersion(catalog, kind, target, apiVersion);
    return {
      status: "removed",
      removedIn: catalog.versions[catalog.versions.indexOf(newestOlder) + 1] ?? target,
      exact: false,
      ...servedAs2 ? { replacement: { apiVersion: servedAs2, since: apiFact(servedAs2, kind)?.since } } : {},
      lastServedIn: newestOlder,
      validate: { version: newestOlder, apiVersion }
    };
  }
  if (oldestNewer) {
    const servedAs2 = preferredApiVersion(catalog, kind, target, apiVersion);
    return { status: "not-yet", since: oldestNewer, exact: false, ...servedAs2 ? { servedAs: servedAs2 } : {}, validate: { version: oldestNewer, apiVersion } };
  }
  if (!isBuiltinApiVersion(catalog, apiVersion)) return { status: "custom" };
  const servedAs = preferredApiVersion(catalog, kind, target);
  if (servedAs) {
    const sameGroup = groupOf2(servedAs) === groupOf2(apiVersion);
    return { status: "other-api-version", servedAs, ...sameGroup ? {} : { validate: { version: target, apiVersion: servedAs } } };
  }
  const formerly = formerApiVersion(catalog, kind, target);
  if (formerly) {
    const fact2 = apiFact(formerly.apiVersion, kind);
    const removedIn = fact2?.removed ?? catalog.versions[catalog.versions.indexOf(formerly.version) + 1] ?? target;
    return { status: "removed", removedIn, exact: Boolean(fact2?.removed), formerly: formerly.apiVersion, ...fact2?.note ? { note: fact2.note } : {} };
  }
  const suggestion = suggestKind(catalog, apiVersion, kind, target);
  return { status: "unknown-kind", ...suggestion ? { suggestion } : {} };
}
function formerApiVersion(catalog, kind, target) {
  const older = catalog.versions.filter((version) => compareKubeVersions(version, target) < 0).reverse();
  for (const version of older) {
    const apiVersion = preferredApiVersion(catalog, kind, version);
    if (apiVersion) return { version, apiVersion };
  }
  return void 0;
}

// src/schema/bundle.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { createRequire } from "node:module";
import path2 from "node:path";

// src/paths.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var cachedRoot;
function packageRoot() {
  if (cachedRoot) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "kubegrade") break;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find the kubegrade package folder");
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}
var repositoryUrl = "https://github.com/kubegrade/kubegrade";
var ruleDocsBaseUrl = `${repositoryUrl}/blob/main/docs/rules/`;

// src/schema/bundle.ts
function kubernetesSchemaDir(version) {
  return path2.join(packageRoot(), "schemas", "kubernetes", `v${version}`);
}
var require2 = createRequire(import.meta.url);
var sources2 = /* @__PURE__ */ new Map();
function readJson(file) {
  return JSON.parse(readFileSync2(file, "utf8"));
}
function bundledSchemaSource(version) {
  const cached = sources2.get(version);
  if (cached) return cached;
  const dir = kubernetesSchemaDir(version);
  const index = readJson(path2.join(dir, "index.json"));
  let definitions;
  const modules = /* @__PURE__ */ new Map();
  const load = (file) => {
    let module = modules.get(file);
    if (module === void 0) {
      const full = path2.join(dir, "validators", file);
      module = existsSync2(full) ? require2(full) : null;
      modules.set(file, module);
    }
    return module;
  };
  const source = {
    version,
    index,
    definitions: () => definitions ??= readJson(path2.join(dir, "definitions.json")).definitions,
    precompiled(definition) {
      const chunk = index.validators?.[definition];
      if (!chunk) return void 0;
      const check = load(`${chunk}.check.cjs`)?.[definition];
      if (!check || !existsSync2(path2.join(dir, "validators", `${chunk}.cjs`))) return load(`${chunk}.cjs`)?.[definition];
      return checkedFirst(check, () => load(`${chunk}.cjs`)[definition]);
    }
  };
  sources2.set(version, source);
  return source;
}
function checkedFirst(check, full) {
  const validate = (data) => {
    if (check(data)) {
      validate.errors = null;
      return true;
    }
    const explain = full();
    const valid = explain(data);
    validate.errors = explain.errors;
    return valid;
  };
  return validate;
}

// src/schema/suggest-field.ts
var import_fastest_levenshtein4 = __toESM(require_mod(), 1);
function isTransposition(a, b) {
  if (a.length !== b.length) return false;
  const differences2 = [];
  for (let i = 0; i < a.length && differences2.length <= 2; i++) if (a[i] !== b[i]) differences2.push(i);
  return differences2.length === 2 && differences2[1] === differences2[0] + 1 && a[differences2[0]] === b[differences2[1]] && a[differences2[1]] === b[differences2[0]];
}
function suggestField(name, known) {
  const candidates = [...new Set(known)].filter((candidate) => candidate !== name).sort();
  const lower = name.toLowerCase();
  const sameCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const swapped = candidates.find((candidate) => isTransposition(candidate.toLowerCase(), lower));
  if (swapped) return swapped;
  const allowed2 = lower.length <= 4 ? 1 : lower.length <= 10 ? 2 : 3;
  let best;
  for (const candidate of candidates) {
    const edits = (0, import_fastest_levenshtein4.distance)(candidate.toLowerCase(), lower);
    if (edits <= allowed2 && (!best || edits < best.edits)) best = { candidate, edits };
  }
  if (best) return best.candidate;
  if (lower.length < 5) return void 0;
  const containing = candidates.filter((candidate) => candidate.toLowerCase().includes(lower));
  return containing.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
}

// src/schema/validated-yaml.ts
function pointerToPath(pointer, data) {
  if (pointer === "") return [];
  const path4 = [];
  let current = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      const index = Number(segment);
      path4.push(index);
      current = current[index];
    } else {
      path4.push(segment);
      current = isObject(current) ? current[segment] : void 0;
    }
  }
  return path4;
}

// src/schema/schema-at.ts
var refPrefix = "#/definitions/";
function deref(definitions, node) {
  let current = node;
  let definition;
  const description = node.description;
  for (let hops = 0; typeof current.$ref === "string" && hops < 32; hops++) {
    definition = current.$ref.startsWith(refPrefix) ? current.$ref.slice(refPrefix.length) : current.$ref;
    const target = definitions[definition];
    if (!target) break;
    current = target;
  }
  return { schema: current, definition, description: description ?? current.description };
}
function jsonType(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function typesOf(definitions, node) {
  const { schema } = deref(definitions, node);
  if (schema.anyOf) return schema.anyOf.flatMap((branch) => typesOf(definitions, branch));
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === "string") return [schema.type];
  return schema.properties ? ["object"] : [];
}
function accepts(types, value) {
  const actual = jsonType(value);
  if (types.length === 0) return true;
  return types.includes(actual) || actual === "integer" && types.includes("number");
}
function branchFor(definitions, schema, value) {
  return schema.anyOf?.find((branch) => accepts(typesOf(definitions, branch), value));
}
function narrow(definitions, at, data) {
  if (!at.schema.anyOf) return at;
  const branch = branchFor(definitions, at.schema, data);
  if (!branch) return void 0;
  const inner = deref(definitions, branch);
  return { schema: inner.schema, definition: inner.definition ?? at.definition, description: at.description ?? inner.description };
}
function schemaAt(definitions, root, path4, value, keepAnyOf = false) {
  let at = deref(definitions, { $ref: `${refPrefix}${root}` });
  let data = value;
  for (const segment of path4) {
    at = narrow(definitions, at, data);
    if (!at) return void 0;
    const { schema } = at;
    let next;
    if (typeof segment === "number") next = schema.items;
    else if (schema.properties && Object.prototype.hasOwnProperty.call(schema.properties, segment)) next = schema.properties[segment];
    else if (typeof schema.additionalProperties === "object") next = schema.additionalProperties;
    if (!next) return void 0;
    at = deref(definitions, next);
    data = data !== null && typeof data === "object" ? data[segment] : void 0;
  }
  return keepAnyOf ? at : narrow(definitions, at, data) ?? at;
}
function shortName(definition) {
  return definition ? definition.slice(definition.lastIndexOf(".") + 1) : void 0;
}

// src/schema/enum-findings.ts
function ownerOf(context, path4) {
  let end = path4.length;
  while (end > 0 && typeof path4[end - 1] === "number") end--;
  const property = path4[end - 1];
  if (typeof property !== "string") return void 0;
  const definition = schemaAt(context.definitions, context.root, path4.slice(0, end - 1), context.data)?.definition;
  return definition ? { definition, property } : void 0;
}
function shown(value, sensitive) {
  if (sensitive) return "the value given";
  const text3 = typeof value === "string" ? value : JSON.stringify(value);
  return JSON.stringify(text3.length > 40 ? `${text3.slice(0, 37)}...` : text3);
}
function explainEnum(error2, context, path4, value, sensitive, about2) {
  const allowed2 = error2.params.allowedValues.filter((item) => item !== "").map((item) => typeof item === "string" ? item : JSON.stringify(item));
  const list = allowed2.length === 1 ? allowed2[0] : `one of ${allowed2.join(", ")}`;
  const place = formatPath(path4);
  const owner = ownerOf(context, path4);
  const addedIn = typeof value === "string" && owner ? context.enumValueAddedIn?.(owner.definition, owner.property, value) : void 0;
  if (addedIn) {
    return {
      messageId: "enum",
      variant: "added-later",
      path: path4,
      target: "value",
      data: { path: place, allowed: list, version: context.version, value, addedIn, about: about2 }
    };
  }
  const suggestion = typeof value === "string" && !sensitive ? suggestField(value, allowed2) : void 0;
  const data = { path: place, allowed: list, actual: shown(value, sensitive), about: about2 };
  return suggestion ? {
    messageId: "enum",
    variant: "suggestion",
    path: path4,
    target: "value",
    data: { ...data, suggestion },
    // Only the case wrong (tcp for TCP): that is what was meant. A near spelling may be another value: a suggestion.
    ...suggestion.toLowerCase() === String(value).toLowerCase() ? { fix: { title: `Change ${String(value)} to ${suggestion}`, replacement: suggestion } } : { suggestions: [{ title: `Change ${String(value)} to ${suggestion}`, replacement: suggestion }] }
  } : { messageId: "enum", path: path4, target: "value", data };
}
function withoutEnumBesideType(errors) {
  const typed = new Set(errors.filter((error2) => error2.keyword === "type").map((error2) => error2.instancePath));
  return errors.filter((error2) => error2.keyword !== "enum" || !typed.has(error2.instancePath));
}

// src/schema/explain.ts
function isSensitive(resource, path4, schema) {
  if (!mustRedact(resource, path4, { schemaKnown: true })) return false;
  if (!isKnownNonSecretKind(resource.kind, true)) return true;
  const types = schema === void 0 ? [] : Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return types.length === 0 || types.includes("string");
}
function quote(text3, limit = 40) {
  const shown2 = text3.length > limit ? `${text3.slice(0, limit - 3)}...` : text3;
  return JSON.stringify(shown2);
}
function describeValue(value, sensitive) {
  switch (jsonType(value)) {
    case "string":
      return sensitive ? "a string" : `the string ${quote(value)}`;
    case "integer":
    case "number":
      return sensitive ? "a number" : `the number ${String(value)}`;
    case "boolean":
      return sensitive ? "a true/false value" : String(value);
    case "array":
      return "a list";
    case "object":
      return "a mapping";
    default:
      return "empty";
  }
}
var quantityHint = "a quantity such as 500m, 1, 1.5 or 1Gi";
var intOrStringHint = 'a whole number or a string (such as 8080, "http" or "25%")';
function describeTypes(types) {
  const key = [...types].sort().join(",");
  if (key === "integer,string") return intOrStringHint;
  if (key === "number,string") return quantityHint;
  const words = {
    integer: "a whole number",
    number: "a number",
    string: "a string",
    boolean: "true or false",
    object: "a mapping of fields (key: value)",
    array: "a list"
  };
  const named = [...new Set(types.map((type) => words[type] ?? type))];
  return named.length <= 1 ? named[0] ?? "something else" : `${named.slice(0, -1).join(", ")} or ${named[named.length - 1]}`;
}
function about(field, description) {
  return typeof field === "string" && description ? ` About ${field}: ${description}` : "";
}
function fieldName(path4) {
  return path4[path4.length - 1];
}
function withArticle(type) {
  return `${/^[AEIOU]/.test(type) ? "an" : "a"} ${type}`;
}
function placeName(path4, at, resource) {
  if (path4.length === 0) return `the top level of this ${resource.kind ?? "manifest"}`;
  const type = shortName(at?.definition);
  return type ? `${formatPath(path4)} (${withArticle(type)})` : formatPath(path4);
}
function typeFix(expected, value, field, sensitive) {
  const name = typeof field === "string" ? field : "it";
  const actual = jsonType(value);
  const wantsNumber = expected.includes("integer") || expected.includes("number");
  if (actual === "string" && wantsNumber && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
    return sensitive ? "Remove the quotes around the number." : `Remove the quotes: ${name}: ${value.trim()}.`;
  }
  if (actual === "string" && expected.includes("boolean") && /^(true|false)$/i.test(value)) {
    return `Remove the quotes: ${name}: ${value.toLowerCase()}.`;
  }
  const key = [...expected].sort().join(",");
  if (key === "number,string") return "Write a quantity: a number, or a number with a unit such as 500m or 1Gi.";
  if (key === "integer,string" && actual !== "number") return 'Use a whole number, or a string such as "25%" or a port name.';
  if (actual === "number" && expected.includes("integer")) {
    return expected.includes("string") ? 'Use a whole number, or a percentage in quotes such as "25%".' : "Use a whole number.";
  }
  if ((actual === "integer" || actual === "number" || actual === "boolean") && expected.includes("string")) {
    return sensitive ? "Put the value in quotes." : `Put the value in quotes: ${name}: "${String(value)}".`;
  }
  if (expected.length === 1 && expected[0] === "array") {
    return actual === "object" ? 'Make it a list: put "- " in front of each item.' : 'Make it a list: one "- " item per line below it, or [a, b] on one line.';
  }
  if (expected.length === 1 && expected[0] === "object") {
    return actual === "array" ? 'Remove the "- " in front: this field holds key: value fields, not a list.' : `Write the fields of ${name} indented below it, one per line.`;
  }
  return `Use ${describeTypes(expected)}.`;
}
function explainOne(error2, context, path4) {
  const { resource, definitions, root } = context;
  const value = path4.length === 0 ? resource.value : get(resource.value, path4);
  const at = schemaAt(definitions, root, path4, resource.value);
  const sensitive = isSensitive(resource, path4, at?.schema);
  const field = fieldName(path4);
  switch (error2.keyword) {
    case "additionalProperties": {
      const name = String(error2.params.additionalProperty);
      const known = Object.keys(at?.schema.properties ?? {});
      const suggestion = suggestField(name, known);
      const where = placeName(path4, at, resource);
      const fieldPath = [...path4, name];
      if (suggestion) {
        const target = at?.schema.properties?.[suggestion];
        const description = target ? deref(definitions, target).description : void 0;
        return {
          messageId: "unknown-field",
          path: fieldPath,
          target: "key",
          data: { field: name, where, suggestion, about: about(suggestion, description) },
          fix: { title: `Rename ${name} to ${suggestion}`, replacement: suggestion }
        };
      }
      const type = shortName(at?.definition);
      const addedIn = at?.definition ? context.fieldAddedIn?.(at.definition, name) : void 0;
      if (addedIn) {
        return {
          messageId: "unknown-field",
          variant: "added-later",
          path: fieldPath,
          target: "key",
          data: { field: name, where, version: context.version, addedIn }
        };
      }
      return {
        messageId: "unknown-field",
        variant: "no-such-field",
        path: fieldPath,
        target: "key",
        data: { field: name, where, owner: type ? withArticle(type) : "this object", allowedFields: listNames(known, 12) }
      };
    }
    case "required": {
      const missing = String(error2.params.missingProperty);
      const property = at?.schema.properties?.[missing];
      const description = property ? deref(definitions, property).description : void 0;
      const where = path4.length === 0 ? `This ${resource.kind ?? "manifest"}` : formatPath(path4);
      return {
        messageId: "required",
        path: path4,
        target: "key",
        data: { where, field: missing, place: path4.length === 0 ? "at the top level" : `under ${formatPath(path4)}`, about: about(missing, description) }
      };
    }
    case "type": {
      const expected = Array.isArray(error2.params.type) ? error2.params.type : String(error2.params.type).split(",");
      const quote2 = expected.length === 1 && expected[0] === "string" && (typeof value === "number" || typeof value === "boolean");
      return {
        messageId: "wrong-type",
        path: path4,
        target: "value",
        ...quote2 ? {
          fix: {
            title: typeof field === "string" && field !== "value" ? `Put the value of ${field} in quotes` : "Put the value in quotes",
            quote: true,
            ...sensitive ? { sensitive } : {}
          }
        } : {},
        data: {
          path: formatPath(path4) || "This document",
          expected: describeTypes(expected),
          actual: describeValue(value, sensitive),
          fix: typeFix(expected, value, field, sensitive),
          about: about(field, at?.description)
        }
      };
    }
    case "anyOf": {
      const expected = at ? typesOf(definitions, at.schema) : [];
      return {
        messageId: "wrong-type",
        path: path4,
        target: "value",
        data: {
          path: formatPath(path4),
          expected: describeTypes(expected),
          actual: describeValue(value, sensitive),
          fix: typeFix(expected, value, field, sensitive),
          about: about(field, at?.description)
        }
      };
    }
    case "enum":
      return explainEnum(
        error2,
        { definitions, root, data: resource.value, version: context.version, enumValueAddedIn: context.enumValueAddedIn },
        path4,
        value,
        sensitive,
        about(field, at?.description)
      );
    case "const":
      return {
        messageId: "enum",
        path: path4,
        target: "value",
        data: {
          path: formatPath(path4),
          allowed: JSON.stringify(error2.params.allowedValue),
          actual: describeValue(value, sensitive),
          about: about(field, at?.description)
        }
      };
    case "format": {
      if (error2.params.format === "byte") {
        const hint = resource.kind === "Secret" ? "byte-secret" : resource.kind === "ConfigMap" ? "byte-configmap" : void 0;
        return { messageId: "format", variant: "byte", ...hint ? { hint } : {}, path: path4, target: "value", data: { path: formatPath(path4) } };
      }
      return {
        messageId: "format",
        path: path4,
        target: "value",
        data: { path: formatPath(path4), actual: describeValue(value, sensitive), about: about(field, at?.description) }
      };
    }
    case "pattern":
      return {
        messageId: "pattern",
        path: path4,
        target: "value",
        data: { path: formatPath(path4), pattern: String(error2.params.pattern), actual: describeValue(value, sensitive), about: about(field, at?.description) }
      };
    case "maximum":
    case "minimum":
    case "exclusiveMaximum":
    case "exclusiveMinimum":
    case "maxLength":
    case "minLength":
    case "maxItems":
    case "minItems":
    case "maxProperties":
    case "minProperties": {
      const limit = Number(error2.params.limit);
      const bound = {
        maximum: `at most ${limit}`,
        minimum: `at least ${limit}`,
        exclusiveMaximum: `less than ${limit}`,
        exclusiveMinimum: `more than ${limit}`,
        maxLength: `at most ${limit} characters long`,
        minLength: `at least ${limit} character${limit === 1 ? "" : "s"} long`,
        maxItems: `a list of at most ${limit} item${limit === 1 ? "" : "s"}`,
        minItems: `a list of at least ${limit} item${limit === 1 ? "" : "s"}`,
        maxProperties: `a mapping of at most ${limit} field${limit === 1 ? "" : "s"}`,
        minProperties: `a mapping of at least ${limit} field${limit === 1 ? "" : "s"}`
      };
      const shown2 = error2.keyword.endsWith("imum") ? describeValue(value, sensitive) : error2.keyword.endsWith("Length") ? `${String(value).length} characters long` : error2.keyword.endsWith("Items") ? `a list of ${Array.isArray(value) ? value.length : 0}` : `a mapping of ${isObject(value) ? Object.keys(value).length : 0}`;
      return {
        messageId: "out-of-range",
        ...about(field, at?.description).trim() ? {} : { hint: null },
        path: path4,
        target: "value",
        data: { path: formatPath(path4) || "This document", bound: bound[error2.keyword], actual: shown2, about: about(field, at?.description).trim() }
      };
    }
    default:
      return {
        messageId: "invalid",
        ...at?.description ? {} : { hint: null },
        path: path4,
        target: "value",
        data: { path: formatPath(path4) || "This document", keyword: error2.keyword, field: String(field), description: at?.description ?? "" }
      };
  }
}
function collapseAnyOf(errors, context) {
  const silenced = /* @__PURE__ */ new Set();
  for (const error2 of errors) {
    if (error2.keyword !== "anyOf") continue;
    const path4 = pointerToPath(error2.instancePath, context.resource.value);
    const at = schemaAt(context.definitions, context.root, path4, context.resource.value, true);
    const value = path4.length === 0 ? context.resource.value : get(context.resource.value, path4);
    const matching = at ? branchFor(context.definitions, at.schema, value) : void 0;
    for (const other of errors) {
      if (other === error2) continue;
      const atSamePlace = other.instancePath === error2.instancePath;
      const below = other.instancePath.startsWith(`${error2.instancePath}/`);
      if (atSamePlace && other.keyword === "type") silenced.add(other);
      else if (!matching && below) silenced.add(other);
    }
    if (matching) silenced.add(error2);
  }
  return errors.filter((error2) => !silenced.has(error2));
}
var valueKeywords = /* @__PURE__ */ new Set(["type", "enum", "format", "pattern", "anyOf", "oneOf", "minimum", "maximum", "minLength", "maxLength"]);
function isPlaceholderValue(error2, path4, context) {
  if (!valueKeywords.has(error2.keyword)) return false;
  const value = path4.length === 0 ? void 0 : get(context.resource.value, path4);
  return typeof value === "string" && hasPlaceholder(value, goTemplatesArePlaceholders(context.resource.apiVersion));
}
function explainErrors(errors, context) {
  const findings = [];
  for (const error2 of collapseAnyOf(withoutEnumBesideType(errors), context)) {
    const path4 = pointerToPath(error2.instancePath, context.resource.value);
    if (isPlaceholderValue(error2, path4, context)) continue;
    const explained = explainOne(error2, context, path4);
    const { messageId, message, hint } = translate(schemaMeta, explained);
    findings.push({
      ...findingAt(context.resource, {
        ruleId: "schema",
        severity: context.severity,
        message,
        path: explained.path,
        target: explained.target,
        hint,
        fix: explained.fix,
        suggestions: explained.suggestions
      }),
      messageId
    });
  }
  return findings;
}

// src/schema/custom.ts
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import path3 from "node:path";

// src/schema/ajv-setup.ts
var import_ajv = __toESM(require_ajv(), 1);
var ajvOptions = {
  // Students should see every problem at once.
  allErrors: true,
  // Findings are written from keyword and params; ajv's own English is never shown.
  messages: false,
  strict: true,
  // Int-or-string and Quantity are type unions.
  allowUnionTypes: true,
  // Every definition becomes one function, shared by the kinds that reference it.
  inlineRefs: false
};
var bundleId = "kubernetes";
var kubernetesBase64 = /^[\r\n]*(?:(?:[A-Za-z0-9+/][\r\n]*){4})*(?:(?:[A-Za-z0-9+/][\r\n]*){2}=[\r\n]*=|(?:[A-Za-z0-9+/][\r\n]*){3}=)?[\r\n]*$/;
var dateTime = /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i;
function createAjv(extra = {}) {
  const ajv = new import_ajv.Ajv({ ...ajvOptions, ...extra });
  ajv.addFormat("date-time", dateTime);
  ajv.addFormat("byte", kubernetesBase64);
  return ajv;
}

// src/schema/interpreted.ts
var jsonTypes = /* @__PURE__ */ new Set(["null", "boolean", "object", "array", "number", "integer", "string"]);
var knownFormats = { "date-time": dateTime, byte: kubernetesBase64 };
var untypedKeywords = ["enum", "not", "anyOf", "oneOf", "allOf"];
var numberKeywords = ["maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "multipleOf", "format"];
var stringKeywords = ["maxLength", "minLength", "pattern", "format"];
var arrayKeywords = ["maxItems", "minItems", "items"];
var objectKeywords = ["maxProperties", "minProperties", "required", "additionalProperties", "properties"];
var numericValued = /* @__PURE__ */ new Set([...numberKeywords.slice(0, 5), "maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties"]);
var interpretedKeywords = /* @__PURE__ */ new Set([
  "type",
  ...untypedKeywords,
  "$ref",
  ...numberKeywords,
  ...stringKeywords,
  ...arrayKeywords,
  ...objectKeywords,
  // Annotations, not rules: ajv ignores them.
  "description"
]);
var maxListLength = 200;
var patterns = /* @__PURE__ */ new Map();
function unicodePattern(pattern) {
  let compiled = patterns.get(pattern);
  if (compiled === void 0) {
    if (patterns.size >= 1e4) patterns.clear();
    try {
      compiled = new RegExp(pattern, "u");
    } catch {
      compiled = null;
    }
    patterns.set(pattern, compiled);
  }
  return compiled ?? void 0;
}
function isRaw(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isFiniteNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}
function inheritedName(name) {
  return name in Object.prototype;
}
var definitionPrefix = "#/definitions/";
function interpretable(node, definitions, seen) {
  if (!isRaw(node)) return false;
  if (seen.has(node)) return true;
  seen.add(node);
  for (const keyword in node) {
    if (!interpretedKeywords.has(keyword)) return false;
    const value = node[keyword];
    if (value === void 0) continue;
    if (!keywordInterpretable(keyword, value, node, definitions, seen)) return false;
  }
  return true;
}
function keywordValueInterpretable(keyword, value) {
  if (numericValued.has(keyword)) return isFiniteNumber(value);
  switch (keyword) {
    case "description":
      return true;
    case "type":
      return typeof value === "string" ? jsonTypes.has(value) : Array.isArray(value) && value.length > 0 && value.every((type) => jsonTypes.has(type)) && new Set(value).size === value.length;
    case "enum":
      return Array.isArray(value) && value.length > 0 && value.length < maxListLength && value.every((member) => member === null || ["string", "number", "boolean"].includes(typeof member));
    case "format":
      return typeof value === "string";
    case "pattern":
      return typeof value === "string" && unicodePattern(value) !== void 0;
    case "required":
      return Array.isArray(value) && value.length < maxListLength && value.every((name) => typeof name === "string" && !inheritedName(name));
    default:
      return false;
  }
}
function keywordInterpretable(keyword, value, node, definitions, seen) {
  switch (keyword) {
    case "properties":
      if (!isRaw(value)) return false;
      for (const name in value) if (inheritedName(name) || !interpretable(value[name], definitions, seen)) return false;
      return true;
    case "additionalProperties":
      return typeof value === "boolean" || interpretable(value, definitions, seen);
    case "items":
    case "not":
      return interpretable(value, definitions, seen);
    case "anyOf":
    case "oneOf":
    case "allOf":
      return Array.isArray(value) && value.length > 0 && value.every((branch) => interpretable(branch, definitions, seen));
    case "$ref": {
      if (typeof value !== "string" || !value.startsWith(definitionPrefix)) return false;
      if (Object.keys(node).some((other) => other !== "$ref" && other !== "description")) return false;
      const name = value.slice(definitionPrefix.length);
      return Object.hasOwn(definitions, name) && interpretable(definitions[name], definitions, seen);
    }
    default:
      return keywordValueInterpretable(keyword, value);
  }
}
function alwaysValid(schema) {
  if (typeof schema === "boolean") return schema;
  if (!isRaw(schema)) return false;
  for (const keyword in schema) if (keyword !== "description") return false;
  return true;
}
function uses(node, keywords) {
  return keywords.some((keyword) => node[keyword] !== void 0);
}
function codePoints(text3) {
  const length = text3.length;
  let count = 0;
  let position = 0;
  while (position < length) {
    count++;
    const unit = text3.charCodeAt(position++);
    if (unit >= 55296 && unit <= 56319 && position < length && (text3.charCodeAt(position) & 64512) === 56320) position++;
  }
  return count;
}
function escapePointer(name) {
  return name.includes("~") || name.includes("/") ? name.replace(/~/g, "~0").replace(/\//g, "~1") : name;
}
function hasType(type, data) {
  switch (type) {
    case "null":
      return data === null;
    case "array":
      return Array.isArray(data);
    case "object":
      return isObjectData(data);
    case "integer":
      return typeof data === "number" && !(data % 1) && !isNaN(data);
    case "number":
      return typeof data === "number";
    default:
      return typeof data === type;
  }
}
function isObjectData(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var Interpreter = class {
  constructor(definitions) {
    this.definitions = definitions;
  }
  definitions;
  plans = /* @__PURE__ */ new Map();
  plan(node) {
    let plan = this.plans.get(node);
    if (plan) return plan;
    const type = node.type;
    const types = type === void 0 ? [] : Array.isArray(type) ? type : [type];
    const groups = {
      number: uses(node, numberKeywords),
      string: uses(node, stringKeywords),
      array: uses(node, arrayKeywords),
      object: uses(node, objectKeywords)
    };
    const single = types.length === 1 ? types[0] : void 0;
    const typeHasGroup = single !== void 0 && single in groups && groups[single];
    plan = {
      types,
      typesFirst: types.length > 0 && !typeHasGroup,
      typeInGroup: typeHasGroup ? single : void 0,
      untyped: uses(node, untypedKeywords),
      ...groups
    };
    if (typeof node.$ref === "string") plan.ref = this.definitions[node.$ref.slice(definitionPrefix.length)];
    if (typeof node.pattern === "string") plan.pattern = unicodePattern(node.pattern);
    if (typeof node.format === "string" && Object.hasOwn(knownFormats, node.format)) plan.format = knownFormats[node.format];
    if (isRaw(node.properties)) {
      plan.properties = Object.keys(node.properties);
      plan.segments = plan.properties.map((name) => `/${escapePointer(name)}`);
    }
    if (node.additionalProperties !== void 0 && !alwaysValid(node.additionalProperties)) plan.additional = node.additionalProperties;
    this.plans.set(node, plan);
    return plan;
  }
  check(node, data, path4, errors) {
    const plan = this.plan(node);
    if (plan.ref) {
      this.check(plan.ref, data, path4, errors);
      return;
    }
    if (plan.typesFirst && !plan.types.some((type) => hasType(type, data))) errors.push(error(path4, "type", { type: node.type }));
    if (plan.untyped) this.untypedKeywords(node, data, path4, errors);
    if (plan.number) {
      if (typeof data === "number") numberKeywordsOf(node, data, path4, errors);
      else if (plan.typeInGroup === "number") errors.push(error(path4, "type", { type: node.type }));
    }
    if (plan.string) {
      if (typeof data === "string") {
        if (node.maxLength !== void 0 && codePoints(data) > node.maxLength) errors.push(error(path4, "maxLength", { limit: node.maxLength }));
        if (node.minLength !== void 0 && codePoints(data) < node.minLength) errors.push(error(path4, "minLength", { limit: node.minLength }));
        if (plan.pattern && !plan.pattern.test(data)) errors.push(error(path4, "pattern", { pattern: node.pattern }));
        if (plan.format && !plan.format.test(data)) errors.push(error(path4, "format", { format: node.format }));
      } else if (plan.typeInGroup === "string") errors.push(error(path4, "type", { type: node.type }));
    }
    if (plan.array) {
      if (Array.isArray(data)) {
        if (node.maxItems !== void 0 && data.length > node.maxItems) errors.push(error(path4, "maxItems", { limit: node.maxItems }));
        if (node.minItems !== void 0 && data.length < node.minItems) errors.push(error(path4, "minItems", { limit: node.minItems }));
        if (node.items !== void 0 && data.length > 0 && !alwaysValid(node.items)) {
          const items = node.items;
          for (let index = 0; index < data.length; index++) this.check(items, data[index], `${path4}/${index}`, errors);
        }
      } else if (plan.typeInGroup === "array") errors.push(error(path4, "type", { type: node.type }));
    }
    if (plan.object) {
      if (isObjectData(data)) this.objectKeywords(node, plan, data, path4, errors);
      else if (plan.typeInGroup === "object") errors.push(error(path4, "type", { type: node.type }));
    }
  }
  untypedKeywords(node, data, path4, errors) {
    if (node.enum !== void 0 && !node.enum.some((member) => member === data)) errors.push(error(path4, "enum", { allowedValues: node.enum }));
    if (node.not !== void 0) {
      const inner = [];
      this.check(node.not, data, path4, inner);
      if (inner.length === 0) errors.push(error(path4, "not", {}));
    }
    if (node.anyOf !== void 0) this.anyOf(node.anyOf, data, path4, errors);
    if (node.oneOf !== void 0) this.oneOf(node.oneOf, data, path4, errors);
    if (node.allOf !== void 0) for (const branch of node.allOf) this.check(branch, data, path4, errors);
  }
  objectKeywords(node, plan, data, path4, errors) {
    if (node.maxProperties !== void 0 && Object.keys(data).length > node.maxProperties)
      errors.push(error(path4, "maxProperties", { limit: node.maxProperties }));
    if (node.minProperties !== void 0 && Object.keys(data).length < node.minProperties)
      errors.push(error(path4, "minProperties", { limit: node.minProperties }));
    if (node.required !== void 0) {
      for (const name of node.required) if (data[name] === void 0) errors.push(error(path4, "required", { missingProperty: name }));
    }
    const additional = plan.additional;
    if (additional !== void 0) {
      const named = node.properties;
      for (const key in data) {
        if (named !== void 0 && Object.hasOwn(named, key)) continue;
        if (additional === false) errors.push(error(path4, "additionalProperties", { additionalProperty: key }));
        else this.check(additional, data[key], `${path4}/${escapePointer(key)}`, errors);
      }
    }
    if (plan.properties) {
      const properties = node.properties;
      const names = plan.properties;
      for (let index = 0; index < names.length; index++) {
        const value = data[names[index]];
        if (value !== void 0) this.check(properties[names[index]], value, path4 + plan.segments[index], errors);
      }
    }
  }
  /** ajv's anyOf: branches in order until one passes; if one does, their errors are dropped. */
  anyOf(branches, data, path4, errors) {
    const start = errors.length;
    for (const branch of branches) {
      const before = errors.length;
      this.check(branch, data, path4, errors);
      if (errors.length === before) {
        errors.length = start;
        return;
      }
    }
    errors.push(error(path4, "anyOf", {}));
  }
  /** ajv's oneOf: stops at the second passing branch; passingSchemas is null, or the two that passed. */
  oneOf(branches, data, path4, errors) {
    const start = errors.length;
    let valid = false;
    let passing = null;
    for (let index = 0; index < branches.length; index++) {
      const before = errors.length;
      this.check(branches[index], data, path4, errors);
      const passed = errors.length === before;
      if (index > 0 && passed && valid) {
        valid = false;
        passing = [passing, index];
        break;
      }
      if (passed) {
        valid = true;
        passing = index;
      }
    }
    if (valid) errors.length = start;
    else errors.push(error(path4, "oneOf", { passingSchemas: passing }));
  }
};
function numberKeywordsOf(node, data, path4, errors) {
  const { maximum, minimum, exclusiveMaximum, exclusiveMinimum, multipleOf } = node;
  if (maximum !== void 0 && (data > maximum || isNaN(data))) errors.push(error(path4, "maximum", { comparison: "<=", limit: maximum }));
  if (minimum !== void 0 && (data < minimum || isNaN(data))) errors.push(error(path4, "minimum", { comparison: ">=", limit: minimum }));
  if (exclusiveMaximum !== void 0 && (data >= exclusiveMaximum || isNaN(data)))
    errors.push(error(path4, "exclusiveMaximum", { comparison: "<", limit: exclusiveMaximum }));
  if (exclusiveMinimum !== void 0 && (data <= exclusiveMinimum || isNaN(data)))
    errors.push(error(path4, "exclusiveMinimum", { comparison: ">", limit: exclusiveMinimum }));
  if (multipleOf !== void 0) {
    const ratio = data / multipleOf;
    if (multipleOf === 0 || ratio !== parseInt(ratio)) errors.push(error(path4, "multipleOf", { multipleOf }));
  }
}
function error(instancePath, keyword, params) {
  return { instancePath, schemaPath: "", keyword, params };
}
function definitionInterpretable(definitions, name) {
  return Object.hasOwn(definitions, name) && interpretable(definitions[name], definitions, /* @__PURE__ */ new Set());
}
function interpreterFor(root, definitions) {
  const interpreter = new Interpreter(definitions);
  const validate = (data) => {
    const errors = [];
    interpreter.check(root, data, "", errors);
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  return validate;
}

// src/schema/structural.ts
var objectMetaDefinition = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
var objectMetaRef = `#/definitions/${objectMetaDefinition}`;
var valueKeywords2 = [
  "enum",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "multipleOf",
  "minProperties",
  "maxProperties",
  "description"
];
function usablePattern(pattern) {
  return typeof pattern === "string" && unicodePattern(pattern) !== void 0;
}
function onlyRestatesTypes(branches) {
  return Array.isArray(branches) && branches.every((branch) => isRaw(branch) && Object.keys(branch).every((key) => key === "type"));
}
function define(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
function later(target, key, child, options2, junctor) {
  if (key === "__proto__") {
    target[key] = convert(child, options2, junctor);
    return;
  }
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = convert(child, options2, junctor);
      define(this, key, value);
      return value;
    },
    set(value) {
      define(this, key, value);
    }
  });
}
function convert(raw, options2, junctor) {
  if (!isRaw(raw)) return {};
  const out = {};
  const intOrString = raw["x-kubernetes-int-or-string"] === true;
  if (intOrString) out.type = ["integer", "string"];
  else if (typeof raw.type === "string" || Array.isArray(raw.type)) out.type = raw.type;
  for (const keyword of valueKeywords2) if (raw[keyword] !== void 0) out[keyword] = raw[keyword];
  if (usablePattern(raw.pattern)) out.pattern = raw.pattern;
  if (raw.exclusiveMinimum === true && typeof raw.minimum === "number") {
    out.exclusiveMinimum = raw.minimum;
    delete out.minimum;
  } else if (typeof raw.exclusiveMinimum === "number") out.exclusiveMinimum = raw.exclusiveMinimum;
  if (raw.exclusiveMaximum === true && typeof raw.maximum === "number") {
    out.exclusiveMaximum = raw.maximum;
    delete out.maximum;
  } else if (typeof raw.exclusiveMaximum === "number") out.exclusiveMaximum = raw.exclusiveMaximum;
  if (Array.isArray(raw.required) && raw.required.every((name) => typeof name === "string") && raw.required.length > 0)
    out.required = [...new Set(raw.required)];
  const properties = {};
  if (isRaw(raw.properties)) for (const [name, child] of Object.entries(raw.properties)) later(properties, name, child, options2, junctor);
  if (isRaw(raw.items)) later(out, "items", raw.items, options2, junctor);
  for (const keyword of ["allOf", "anyOf", "oneOf"]) {
    const branches = raw[keyword];
    if (intOrString && onlyRestatesTypes(branches)) continue;
    if (Array.isArray(branches) && branches.length > 0) out[keyword] = branches.map((branch) => convert(branch, options2, true));
  }
  if (isRaw(raw.not)) out.not = convert(raw.not, options2, true);
  if (raw["x-kubernetes-embedded-resource"] === true) {
    if (!("apiVersion" in properties)) properties.apiVersion = { type: "string" };
    if (!("kind" in properties)) properties.kind = { type: "string" };
    define(properties, "metadata", { $ref: objectMetaRef });
    out.required = [.../* @__PURE__ */ new Set([...out.required ?? [], "apiVersion", "kind"])];
  }
  if (Object.keys(properties).length > 0) out.properties = properties;
  const preserve = raw["x-kubernetes-preserve-unknown-fields"] === true;
  if (options2.mode === "json") {
    if (typeof raw.additionalProperties === "boolean") out.additionalProperties = raw.additionalProperties;
    else if (isRaw(raw.additionalProperties)) later(out, "additionalProperties", raw.additionalProperties, options2, junctor);
  } else if (isRaw(raw.additionalProperties)) {
    later(out, "additionalProperties", raw.additionalProperties, options2, junctor);
  } else if (!junctor && !preserve && raw.additionalProperties !== true && out.type === "object") {
    out.additionalProperties = false;
  }
  return out;
}
function convertRoot(raw, options2) {
  const root = convert(raw, options2, false);
  const properties = { ...root.properties ?? {} };
  properties.apiVersion = { type: "string" };
  properties.kind = { type: "string" };
  if (options2.mode === "crd" || properties.metadata === void 0) properties.metadata = { $ref: objectMetaRef };
  root.properties = properties;
  root.type ??= "object";
  if (options2.mode === "crd" && raw !== void 0 && raw["x-kubernetes-preserve-unknown-fields"] !== true) root.additionalProperties = false;
  return root;
}
function convertsInterpretably(raw, options2) {
  return raw === void 0 || nodeConvertsInterpretably(raw, options2);
}
var valueKeywordSet = new Set(valueKeywords2);
function nodeConvertsInterpretably(raw, options2) {
  if (!isRaw(raw)) return true;
  const intOrString = raw["x-kubernetes-int-or-string"] === true;
  for (const keyword in raw) {
    const value = raw[keyword];
    if (value === void 0) continue;
    if (valueKeywordSet.has(keyword)) {
      if (!keywordValueInterpretable(keyword, value)) return false;
      continue;
    }
    switch (keyword) {
      case "type":
        if (!intOrString && (typeof value === "string" || Array.isArray(value)) && !keywordValueInterpretable("type", value)) return false;
        break;
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        if (typeof value === "number" && !keywordValueInterpretable("minimum", value)) return false;
        break;
      case "required":
        if (Array.isArray(value) && value.length > 0 && value.every((name) => typeof name === "string")) {
          const required = new Set(value);
          if (raw["x-kubernetes-embedded-resource"] === true) required.add("apiVersion").add("kind");
          if (!keywordValueInterpretable("required", [...required])) return false;
        }
        break;
      case "properties":
        if (isRaw(value)) {
          for (const name in value) if (inheritedName(name) || !nodeConvertsInterpretably(value[name], options2)) return false;
        }
        break;
      case "items":
      case "not":
      case "additionalProperties":
        if (isRaw(value) && !nodeConvertsInterpretably(value, options2)) return false;
        break;
      case "allOf":
      case "anyOf":
      case "oneOf":
        if (intOrString && onlyRestatesTypes(value)) break;
        if (Array.isArray(value) && !value.every((branch) => nodeConvertsInterpretably(branch, options2))) return false;
        break;
    }
  }
  return true;
}
function referencedDefinitions(all, start) {
  const out = {};
  const pending = [start];
  while (pending.length > 0) {
    const name = pending.pop();
    if (out[name] || !all[name]) continue;
    out[name] = all[name];
    const text3 = JSON.stringify(all[name]);
    for (const match of text3.matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g)) pending.push(match[1]);
  }
  return out;
}

// src/schema/shared-subschemas.ts
var bundledId = "kubegrade:custom-bundled";
var minSharedNodes = 24;
var oneSchema = /* @__PURE__ */ new Set(["items", "not", "additionalProperties"]);
var schemaList = /* @__PURE__ */ new Set(["allOf", "anyOf", "oneOf"]);
function isSchema(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var SharedSubschemas = class {
  /** Content key (children by id) -> id. */
  ids = /* @__PURE__ */ new Map();
  /** Node count of each id's subtree. */
  sizes = [];
  added = /* @__PURE__ */ new Set();
  ajv;
  /** @param bundled the bundled definitions custom schemas refer to (ObjectMeta and what it references) */
  constructor(bundled) {
    this.ajv = createAjv({ validateSchema: false, strict: false, logger: false, code: { optimize: false } });
    this.ajv.addSchema({ definitions: bundled }, bundledId);
  }
  /** The validator for a converted schema (compiled once per content); throws when ajv cannot compile it. */
  compile(root) {
    const idOf = /* @__PURE__ */ new Map();
    const id = this.intern(root, idOf);
    this.ensure(root, id, idOf);
    return this.ajv.getSchema(this.uri(id));
  }
  /** How many schemas were added to ajv: each distinct sizeable subtree once. */
  get schemaCount() {
    return this.added.size;
  }
  uri(id) {
    return `kubegrade:custom-schema/${id}`;
  }
  /** Bottom-up: a node's id follows from its own keywords and its children's ids. */
  intern(node, idOf) {
    let key = "";
    let size = 1;
    const child = (value) => {
      const id2 = this.intern(value, idOf);
      size += this.sizes[id2];
      return `@${id2}`;
    };
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword === "description") continue;
      let part;
      if (keyword === "properties" && isSchema(value)) {
        part = Object.entries(value).map(([name, property]) => `${JSON.stringify(name)}:${isSchema(property) ? child(property) : JSON.stringify(property)}`).join(",");
        part = `{${part}}`;
      } else if (oneSchema.has(keyword) && isSchema(value)) part = child(value);
      else if (schemaList.has(keyword) && Array.isArray(value))
        part = `[${value.map((branch) => isSchema(branch) ? child(branch) : JSON.stringify(branch)).join(",")}]`;
      else part = JSON.stringify(value);
      key += `${JSON.stringify(keyword)}:${part};`;
    }
    let id = this.ids.get(key);
    if (id === void 0) {
      id = this.sizes.length;
      this.ids.set(key, id);
      this.sizes.push(size);
    }
    idOf.set(node, id);
    return id;
  }
  ensure(node, id, idOf) {
    if (this.added.has(id)) return;
    this.ajv.addSchema(this.copy(node, idOf), this.uri(id));
    this.added.add(id);
  }
  /** The node as ajv sees it: no descriptions, sizeable children by reference. */
  copy(node, idOf) {
    const child = (value) => {
      const id = idOf.get(value);
      if (this.sizes[id] < minSharedNodes) return this.copy(value, idOf);
      this.ensure(value, id, idOf);
      return { $ref: this.uri(id) };
    };
    const out = {};
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword === "description") continue;
      if (keyword === "$ref" && typeof value === "string") out.$ref = value.startsWith("#") ? `${bundledId}${value}` : value;
      else if (keyword === "properties" && isSchema(value))
        out.properties = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, isSchema(property) ? child(property) : property]));
      else if (oneSchema.has(keyword) && isSchema(value)) out[keyword] = child(value);
      else if (schemaList.has(keyword) && Array.isArray(value)) out[keyword] = value.map((branch) => isSchema(branch) ? child(branch) : branch);
      else out[keyword] = value;
    }
    return out;
  }
};

// src/schema/custom.ts
function text2(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function customKindOf(resource) {
  if (resource.kind !== "CustomResourceDefinition") return void 0;
  const v1 = resource.apiVersion === "apiextensions.k8s.io/v1";
  if (!v1 && resource.apiVersion !== "apiextensions.k8s.io/v1beta1") return void 0;
  const spec = resource.value.spec;
  if (!isObject(spec)) return void 0;
  const group = text2(spec.group);
  const kind = text2(get(spec, ["names", "kind"]));
  if (!group || !kind) return void 0;
  const sharedSchema = v1 ? void 0 : get(spec, ["validation", "openAPIV3Schema"]);
  const versions = [];
  if (Array.isArray(spec.versions)) {
    for (const entry of spec.versions) {
      if (!isObject(entry) || !text2(entry.name)) continue;
      versions.push({ name: entry.name, served: entry.served === true, schema: get(entry, ["schema", "openAPIV3Schema"]) ?? sharedSchema });
    }
  } else if (!v1 && text2(spec.version)) {
    versions.push({ name: spec.version, served: true, schema: sharedSchema });
  }
  return { group, kind, origin: resource.file, versions, preserveUnknownFields: v1 ? false : spec.preserveUnknownFields !== false };
}
var CustomSchemaCatalog = class {
  constructor(bundled, resources, sources3 = {}) {
    this.bundled = bundled;
    this.sources = sources3;
    for (const crd of [...sources3.crds ?? [], ...resources]) {
      const custom = customKindOf(crd);
      const key = custom ? `${custom.group}/${custom.kind}` : void 0;
      if (custom && key) this.kinds.set(key, [...this.kinds.get(key) ?? [], custom]);
    }
  }
  bundled;
  sources;
  kinds = /* @__PURE__ */ new Map();
  compiled = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  count = 0;
  objectMeta;
  objectMetaInterpretable;
  /** One ajv for every custom schema of the run that cannot be interpreted, where shared parts are compiled once. */
  validators;
  /** The first CRD of the kind that serves the version (two copies of a CRD may differ), else the first. */
  kind(group, kind, version) {
    const all = this.kinds.get(`${group}/${kind}`) ?? [];
    return all.find((custom) => custom.versions.some((entry) => entry.name === version && entry.served)) ?? all[0];
  }
  /** The JSON schema file for a kind, from the first --schema-location that has one. */
  schemaFile(group, version, kind) {
    const key = `${group}/${version}/${kind}`;
    if (this.files.has(key)) return this.files.get(key) ?? void 0;
    const lower = kind.toLowerCase();
    const firstLabel = group.split(".")[0] ?? group;
    const names = group === "" ? [`${lower}-${version}.json`] : [path3.join(group, `${lower}_${version}.json`), `${lower}-${group}-${version}.json`, `${lower}-${firstLabel}-${version}.json`];
    let found = null;
    for (const dir of this.sources.schemaLocations ?? []) {
      const hit = names.map((name) => path3.join(dir, name)).find((file) => existsSync3(file));
      if (!hit) continue;
      try {
        found = { file: hit, schema: JSON.parse(readFileSync3(hit, "utf8")) };
      } catch {
        found = { file: hit, schema: void 0 };
      }
      break;
    }
    this.files.set(key, found);
    return found ?? void 0;
  }
  /** A validator for a schema; `validate` is missing when the schema cannot be compiled. */
  compile(key, raw, kind, options2) {
    const cached = this.compiled.get(key);
    if (cached) return cached;
    const root = `custom.${this.count++}.${kind}`;
    this.objectMeta ??= referencedDefinitions(this.bundled(), objectMetaDefinition);
    const definitions = { ...this.objectMeta, [root]: convertRoot(raw, options2) };
    this.objectMetaInterpretable ??= definitionInterpretable(this.objectMeta, objectMetaDefinition);
    let validate = this.objectMetaInterpretable && convertsInterpretably(raw, options2) ? interpreterFor(definitions[root], this.objectMeta) : void 0;
    if (!validate) {
      try {
        this.validators ??= new SharedSubschemas(this.objectMeta);
        validate = this.validators.compile(definitions[root]);
      } catch {
        validate = void 0;
      }
    }
    const result = { validate, definitions, root };
    this.compiled.set(key, result);
    return result;
  }
};
function splitApiVersion(apiVersion) {
  const slash = apiVersion.lastIndexOf("/");
  return slash < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
function located(resource, problem) {
  const { messageId, message, hint } = translate(problem.meta, problem);
  return {
    ...findingAt(resource, { ruleId: problem.meta.id, severity: problem.severity, message, path: [problem.on], target: "value", hint }),
    messageId
  };
}
function validateWith(resource, compiled, version, unusable) {
  if (!compiled.validate) {
    return [
      located(resource, {
        meta: schemaMeta,
        severity: "info",
        messageId: "no-schema",
        variant: "unreadable",
        data: { apiVersion: String(resource.apiVersion), kind: String(resource.kind), source: unusable },
        on: "kind"
      })
    ];
  }
  if (compiled.validate(resource.value)) return [];
  return explainErrors(compiled.validate.errors ?? [], { resource, definitions: compiled.definitions, root: compiled.root, severity: "error", version });
}
function validateFromFile(resource, catalog, kubeVersion) {
  const { group, version } = splitApiVersion(resource.apiVersion ?? "");
  const kind = resource.kind ?? "";
  const file = catalog.schemaFile(group, version, kind);
  if (!file) return void 0;
  if (!isObject(file.schema)) return validateWith(resource, { definitions: {}, root: "" }, kubeVersion, file.file);
  return validateWith(resource, catalog.compile(`file:${file.file}`, file.schema, kind, { mode: "json" }), kubeVersion, file.file);
}
function validateCustomResource(resource, catalog, options2) {
  const apiVersion = resource.apiVersion ?? "";
  const kind = resource.kind ?? "";
  const { group, version } = splitApiVersion(apiVersion);
  const custom = catalog.kind(group, kind, version);
  if (custom) {
    const entry = custom.versions.find((candidate) => candidate.name === version);
    if (!entry || !entry.served) {
      const served = custom.versions.filter((candidate) => candidate.served).map((candidate) => candidate.name);
      return [
        located(resource, {
          meta: apiVersionMeta,
          severity: "error",
          messageId: "not-served",
          ...entry ? { variant: "defined" } : {},
          hint: served.length > 0 ? "" : "none",
          data: {
            kind,
            origin: custom.origin,
            version,
            served: served.length > 0 ? served.map((name) => `${group}/${name}`).join(", ") : "no version",
            replacement: `${group}/${served[served.length - 1] ?? ""}`
          },
          on: "apiVersion"
        })
      ];
    }
    if (entry.schema === void 0) {
      return [
        located(resource, {
          meta: schemaMeta,
          severity: "info",
          messageId: "no-schema",
          variant: "crd-version",
          data: { kind, origin: custom.origin, version },
          on: "kind"
        })
      ];
    }
    const mode = custom.preserveUnknownFields ? "json" : "crd";
    return validateWith(
      resource,
      catalog.compile(`crd:${custom.origin}:${group}/${kind}/${version}`, entry.schema, kind, { mode }),
      options2.kubeVersion,
      custom.origin
    );
  }
  return validateFromFile(resource, catalog, options2.kubeVersion) ?? [options2.noSchema(resource)];
}

// src/schema/validator.ts
var DefinitionValidators = class {
  constructor(source) {
    this.source = source;
  }
  source;
  cache = /* @__PURE__ */ new Map();
  ajv;
  get(definition) {
    let validate = this.cache.get(definition);
    if (!validate) {
      validate = this.source.precompiled(definition) ?? this.compile(definition);
      this.cache.set(definition, validate);
    }
    return validate;
  }
  compile(definition) {
    if (!this.ajv) {
      this.ajv = createAjv({ validateSchema: false });
      this.ajv.addSchema({ $id: bundleId, definitions: this.source.definitions() });
    }
    return this.ajv.compile({ $ref: `${bundleId}#/definitions/${definition}` });
  }
};

// src/schema/validate.ts
var fileCatalogs = /* @__PURE__ */ new Map();
function fileCatalog(schemas, target, locations) {
  const key = `${target}\0${locations.join("\0")}`;
  let catalog = fileCatalogs.get(key);
  if (!catalog) {
    catalog = new CustomSchemaCatalog(() => schemas.source(target).definitions(), [], { schemaLocations: locations });
    if (schemas === bundledSchemas) fileCatalogs.set(key, catalog);
  }
  return catalog;
}
var bundledSchemas = { versions: bundledKubeVersions, source: bundledSchemaSource };
var validatorsBySource = /* @__PURE__ */ new WeakMap();
function validatorsFor(source) {
  let validators = validatorsBySource.get(source);
  if (!validators) {
    validators = new DefinitionValidators(source);
    validatorsBySource.set(source, validators);
  }
  return validators;
}
function catalogOf(schemas) {
  return { versions: schemas.versions, kinds: (version) => schemas.source(version).index.kinds };
}
var verdictsBySchemas = /* @__PURE__ */ new WeakMap();
function verdictOf(schemas, catalog, apiVersion, kind, target) {
  let verdicts2 = verdictsBySchemas.get(schemas);
  if (!verdicts2) verdictsBySchemas.set(schemas, verdicts2 = /* @__PURE__ */ new Map());
  const key = `${target}\0${apiVersion}\0${kind}`;
  let verdict = verdicts2.get(key);
  if (!verdict) {
    verdict = apiVerdict(catalog, apiVersion, kind, target);
    if (verdicts2.size < 1e4) verdicts2.set(key, verdict);
  }
  return verdict;
}
function available(replacement) {
  return replacement.since ? ` (available since ${replacement.since})` : "";
}
function noteOf(note) {
  return note ? ` ${note}` : "";
}
function describeVerdict(verdict, apiVersion, kind, target, options2) {
  const pair = { apiVersion, kind, version: target };
  switch (verdict.status) {
    case "served": {
      const deprecated = verdict.deprecated;
      if (!deprecated) return void 0;
      const removal = deprecated.removed ? ` and removed in ${deprecated.removed}` : "";
      const data = { ...pair, deprecatedIn: deprecated.since, removal, note: noteOf(deprecated.note) };
      if (!deprecated.replacement) {
        return {
          meta: apiVersionMeta,
          messageId: "deprecated",
          variant: "no-replacement",
          severity: "warning",
          on: "apiVersion",
          data: { ...data, note: deprecated.note ?? "" }
        };
      }
      const beforeRemoval = deprecated.removed ? ` before moving to Kubernetes ${deprecated.removed}` : "";
      return {
        meta: apiVersionMeta,
        messageId: "deprecated",
        severity: "warning",
        on: "apiVersion",
        data: { ...data, replacement: deprecated.replacement.apiVersion, available: available(deprecated.replacement), beforeRemoval }
      };
    }
    case "removed": {
      const tolerated = (options2.tolerate ?? []).some((entry) => entry.apiVersion === apiVersion && entry.kind === kind);
      const variant = verdict.formerly ? verdict.exact ? "formerly" : "formerly-inexact" : verdict.exact ? void 0 : "inexact";
      const instead = verdict.replacement ? `use ${verdict.replacement.apiVersion}${available(verdict.replacement)}; ` : "";
      const data = { ...pair, removedIn: verdict.removedIn, lastServedIn: verdict.lastServedIn ?? "", formerly: verdict.formerly ?? "", instead };
      return {
        meta: apiVersionMeta,
        messageId: "removed",
        ...variant ? { variant } : {},
        hint: verdict.replacement ? "" : "no-replacement",
        severity: tolerated ? "warning" : "error",
        on: "apiVersion",
        data: verdict.replacement ? { ...data, replacement: verdict.replacement.apiVersion, note: noteOf(verdict.note) } : { ...data, note: verdict.note ?? "" }
      };
    }
    case "not-yet": {
      const variant = [verdict.exact ? "" : "inexact", verdict.servedAs ? "" : "no-kind"].filter(Boolean).join("-");
      return {
        meta: apiVersionMeta,
        messageId: "not-yet",
        ...variant ? { variant } : {},
        hint: verdict.servedAs ? "" : "no-kind",
        severity: "error",
        on: "apiVersion",
        data: { ...pair, since: verdict.since, servedAs: verdict.servedAs ?? "" }
      };
    }
    case "other-api-version":
      return { meta: apiVersionMeta, messageId: "other-api-version", severity: "error", on: "apiVersion", data: { ...pair, servedAs: verdict.servedAs } };
    case "unknown-kind": {
      const suggestion = verdict.suggestion;
      const variant = !suggestion ? "no-suggestion" : suggestion.apiVersion !== apiVersion ? "other-group" : void 0;
      return {
        meta: apiVersionMeta,
        messageId: "unknown-kind",
        ...variant ? { variant } : {},
        severity: "error",
        on: "kind",
        data: suggestion ? { ...pair, suggestedKind: suggestion.kind, suggestedApiVersion: suggestion.apiVersion } : pair
      };
    }
    case "served-without-schema":
    case "custom":
      return {
        meta: schemaMeta,
        messageId: "no-schema",
        hint: options2.strictKinds ? "strict" : verdict.status === "custom" ? "custom" : null,
        severity: options2.strictKinds ? "error" : "info",
        on: "kind",
        data: pair
      };
  }
}
function fieldAddedLater(schemas, version) {
  return (definition, field) => schemas.versions.filter((candidate) => compareKubeVersions(candidate, version) > 0).find((candidate) => schemas.source(candidate).definitions()[definition]?.properties?.[field] !== void 0);
}
function isLeftOut(error2) {
  return error2.keyword === "required" || error2.keyword === "additionalProperties" && String(error2.params.additionalProperty).startsWith("$");
}
function validateAgainst(resource, kind, target, schemas, partial = false) {
  const source = schemas.source(target.version);
  const definition = source.index.kinds[target.apiVersion]?.[kind];
  if (!definition) return [];
  const validate = validatorsFor(source).get(definition);
  if (validate(resource.value)) return [];
  const errors = partial ? (validate.errors ?? []).filter((error2) => !isLeftOut(error2)) : validate.errors ?? [];
  const laterEnumValues = source.index.laterEnumValues ?? {};
  const enumValueAddedIn = (owner, property, value) => laterEnumValues[`${owner}.${property}`]?.[value];
  return explainErrors(errors, {
    resource,
    definitions: source.definitions(),
    root: definition,
    severity: "error",
    version: target.version,
    fieldAddedIn: fieldAddedLater(schemas, target.version),
    enumValueAddedIn
  });
}
function replacementAccepts(resource, kind, apiVersion, schemas, target) {
  const source = schemas.source(target);
  const definition = source.index.kinds[apiVersion]?.[kind];
  if (!definition) return false;
  const validate = validatorsFor(source).get(definition);
  if (validate({ ...resource.value, apiVersion })) return true;
  return !(validate.errors ?? []).some((error2) => error2.keyword === "additionalProperties");
}
function validateSchemas(resources, options2 = {}) {
  const schemas = options2.schemas ?? bundledSchemas;
  const target = options2.kubeVersion ?? newestKubeVersion;
  if (!schemas.versions.includes(target)) throw new Error(`no schemas for Kubernetes ${target}; bundled: ${schemas.versions.join(", ")}`);
  const catalog = catalogOf(schemas);
  const findings = [];
  const custom = [];
  for (const resource of resources) {
    const { apiVersion, kind } = resource;
    if (!apiVersion || !kind || kind === "List") continue;
    const verdict = verdictOf(schemas, catalog, apiVersion, kind, target);
    if (verdict.status === "custom") {
      custom.push(resource);
      continue;
    }
    const unvalidated = verdict.status === "unknown-kind" || verdict.status === "not-yet" || verdict.status === "other-api-version" || verdict.status === "served-without-schema";
    if (unvalidated && options2.schemaLocations?.length) {
      const supplied = validateFromFile(resource, fileCatalog(schemas, target, options2.schemaLocations), target);
      if (supplied) {
        findings.push(...supplied);
        continue;
      }
    }
    const problem = describeVerdict(verdict, apiVersion, kind, target, options2);
    if (problem) {
      const { messageId, message, hint } = translate(problem.meta, problem);
      const replacement = verdict.status === "removed" && problem.severity === "error" ? verdict.replacement?.apiVersion : void 0;
      const fix = replacement && replacementAccepts(resource, kind, replacement, schemas, target) ? { title: `Change apiVersion to ${replacement}`, replacement } : void 0;
      findings.push({
        ...findingAt(resource, { ruleId: problem.meta.id, severity: problem.severity, message, path: [problem.on], target: "value", hint, fix }),
        messageId
      });
    }
    const validationTarget = "validate" in verdict ? verdict.validate : void 0;
    if (validationTarget) findings.push(...validateAgainst(resource, kind, validationTarget, schemas, options2.partial));
  }
  if (!options2.customLater) findings.push(...validateCustom(custom, resources, schemas, target, options2));
  return findings;
}
function validateCustom(custom, every, schemas, target, options2) {
  if (custom.length === 0) return [];
  const catalog = new CustomSchemaCatalog(() => schemas.source(target).definitions(), every, {
    crds: options2.custom?.crds,
    schemaLocations: options2.schemaLocations
  });
  const noSchema = (resource) => {
    const problem = describeVerdict({ status: "custom" }, resource.apiVersion ?? "", resource.kind ?? "", target, options2);
    const { messageId, message, hint } = translate(problem.meta, problem);
    return { ...findingAt(resource, { ruleId: problem.meta.id, severity: problem.severity, message, path: [problem.on], target: "value", hint }), messageId };
  };
  return custom.flatMap((resource) => validateCustomResource(resource, catalog, { kubeVersion: target, noSchema }));
}
function readByCustomValidation(resource, options2 = {}) {
  if (resource.kind === "CustomResourceDefinition") return true;
  const schemas = options2.schemas ?? bundledSchemas;
  const target = options2.kubeVersion ?? newestKubeVersion;
  return Boolean(
    resource.apiVersion && resource.kind && resource.kind !== "List" && verdictOf(schemas, catalogOf(schemas), resource.apiVersion, resource.kind, target).status === "custom"
  );
}

// src/lint/resource-uses.ts
var engineUses = [["metadata", "annotations", "kubegrade.io/ignore"]];
var newTrie = () => ({ whole: false, keys: false, children: /* @__PURE__ */ new Map(), withAny: void 0 });
function childFor(trie, key) {
  const any = trie.children.get("*");
  if (!any) return trie.children.get(key);
  trie.withAny ??= /* @__PURE__ */ new Map();
  let child = trie.withAny.get(key);
  if (child === void 0 && !trie.withAny.has(key)) {
    child = merged(trie.children.get(key), any);
    if (trie.withAny.size < 1e3) trie.withAny.set(key, child);
  }
  return child;
}
function add(trie, path4, length = path4.length) {
  let node = trie;
  for (let i = 0; i < length; i++) {
    if (node.whole) return;
    const segment = String(path4[i]);
    if (segment === "{keys}") {
      node.keys = true;
      return;
    }
    if (segment === "{}") return;
    let child = node.children.get(segment);
    if (!child) node.children.set(segment, child = newTrie());
    node = child;
  }
  node.whole = true;
  node.children.clear();
}
function merged(a, b) {
  if (!a || !b) return a ?? b;
  const out = { whole: a.whole || b.whole, keys: a.keys || b.keys, children: /* @__PURE__ */ new Map(), withAny: void 0 };
  if (out.whole) return out;
  for (const key of /* @__PURE__ */ new Set([...a.children.keys(), ...b.children.keys()])) out.children.set(key, merged(a.children.get(key), b.children.get(key)));
  return out;
}
function set(out, key, value) {
  if (key === "__proto__") Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}
function project(value, trie) {
  if (trie.whole || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      const child = childFor(trie, String(i));
      return child ? project(item, child) : Array.isArray(item) ? [] : item !== null && typeof item === "object" ? {} : item;
    });
  }
  const out = {};
  for (const key of Object.keys(value)) {
    const child = childFor(trie, key);
    if (child) set(out, key, project(value[key], child));
    else if (trie.keys) set(out, key, "");
  }
  return out;
}
function jsonExact(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonExact);
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (!jsonExact(value[key])) return false;
  return true;
}
function compacted(value) {
  return jsonExact(value) ? JSON.parse(JSON.stringify(value)) : value;
}
function expand(path4, kind) {
  if (path4[0] !== "$pod" && path4[0] !== "$template" && path4[0] !== "$containers") return [path4];
  const pod = kind ? podSpecPaths[kind] : void 0;
  if (!pod) return [];
  if (path4[0] === "$containers") return containerLists.map((list) => [...pod, list, "*", ...path4.slice(1)]);
  return [[...path4[0] === "$pod" ? pod : pod.slice(0, -1), ...path4.slice(1)]];
}
var triesByRules = /* @__PURE__ */ new WeakMap();
function releaseValues(rules2, resources, deferred, keepWhole, compact = false) {
  let cached = triesByRules.get(rules2);
  if (!cached) triesByRules.set(rules2, cached = { byId: new Map(rules2.map((rule) => [rule.meta.id, rule])), tries: /* @__PURE__ */ new Map() });
  const { byId, tries } = cached;
  const window = recentWindow();
  return resources.map((resource, position) => {
    if (keepWhole?.(resource)) {
      window.see(resource, resource, resource.value);
      return resource;
    }
    const ids = deferred[position] ?? [];
    const cacheKey = `${resource.kind ?? ""}\0${ids.join(",")}`;
    let trie = tries.get(cacheKey);
    if (trie === void 0) {
      trie = trieFor(
        rules2,
        ids.map((id) => byId.get(id)),
        resource.kind
      );
      if (tries.size < 5e3) tries.set(cacheKey, trie);
    }
    if (trie === null) {
      window.see(resource, resource, resource.value);
      return resource;
    }
    let extra;
    for (const path4 of redactedPaths(resource)) {
      add(extra ??= newTrie(), path4, path4.length - 1);
      for (let i = 1; i < path4.length - 1; i++) if (path4[i] === "value") add(extra, [...path4.slice(0, i), "name"]);
    }
    if (extra) trie = merged(trie, extra);
    const { file, docIndex, apiVersion, kind, name, namespace, map } = resource;
    const released = {
      file,
      docIndex,
      apiVersion,
      kind,
      name,
      namespace,
      value: compact ? compacted(project(resource.value, trie)) : project(resource.value, trie),
      map,
      releasedAt: position
    };
    window.see(resource, released, resource.value);
    return released;
  });
}
var recentFileLimit = 16;
var recentResourceLimit = 256;
var recent = /* @__PURE__ */ new Map();
var recentFiles = [];
var recentCount = 0;
function identityKey(resource) {
  if (!resource.kind || !resource.name || !resource.apiVersion) return void 0;
  const group = resource.apiVersion.includes("/") ? resource.apiVersion.split("/")[0] : "";
  const namespace = clusterScopedKinds.has(resource.kind) ? null : resource.namespace;
  const slash = resource.file.lastIndexOf("/");
  return keyOf(slash < 0 ? "" : resource.file.slice(0, slash), group ?? "", resource.kind, namespace, resource.name);
}
function recentWindow() {
  let entered;
  return {
    see(resource, released, whole) {
      const identity = identityKey(resource);
      if (identity === void 0) return;
      const earlier = recent.get(identity);
      if (earlier) {
        keepWholeValue(earlier.released, earlier.whole);
        keepWholeValue(released, whole);
        return;
      }
      if (!entered) {
        entered = { file: resource.file, identities: [] };
        recentFiles.push(entered);
      }
      recent.set(identity, { released, whole });
      entered.identities.push(identity);
      recentCount++;
      while (recentFiles.length > 1 && (recentFiles.length > recentFileLimit || recentCount > recentResourceLimit)) {
        const oldest = recentFiles.shift();
        for (const key of oldest.identities) recent.delete(key);
        recentCount -= oldest.identities.length;
      }
    }
  };
}
function trieFor(rules2, deferred, kind) {
  const trie = newTrie();
  const paths = [["apiVersion"], ["kind"], ["metadata", "name"], ["metadata", "namespace"], ["metadata", "labels"], ...engineUses];
  for (const rule of rules2) paths.push(...rule.uses?.others?.["*"] ?? [], ...kind ? rule.uses?.others?.[kind] ?? [] : []);
  for (const rule of deferred) {
    if (!rule?.uses?.own) return null;
    paths.push(...rule.uses.own);
  }
  for (const path4 of paths) for (const expanded of expand(path4, kind)) add(trie, expanded);
  return trie;
}

// src/pipeline/file-check.ts
function withFile(file, findings) {
  return findings.map((finding) => ({ ...finding, file }));
}
function placeholderFindings(resources) {
  const findings = [];
  const warned = /* @__PURE__ */ new Set();
  for (const resource of resources) {
    if (warned.has(resource.docIndex)) continue;
    const path4 = findPlaceholder(resource.value, [], goTemplatesArePlaceholders(resource.apiVersion));
    if (!path4) continue;
    warned.add(resource.docIndex);
    findings.push(
      findingAt(resource, {
        ruleId: "unrendered-template",
        severity: "warning",
        message: "This document still holds an unrendered template placeholder (here and maybe elsewhere); applied as it is, the API server stores or rejects the placeholder text.",
        path: path4,
        target: "value",
        hint: "Render it first (envsubst, helm template, ...) and lint the output, e.g. `envsubst < FILE | grade --lint -`."
      })
    );
  }
  return findings;
}
var jsonPatch = { what: "a JSON 6902 patch listed in a kustomization", advice: "lint the rendered output with `kustomize build DIR | grade --lint -`" };
function portabilityFinding(file, issue) {
  const lone = issue.kind === "lone-cr";
  return {
    ruleId: "yaml-portability",
    severity: "warning",
    message: lone ? "This file ends its lines with a lone CR (old Mac line ends): kubectl reads them as line breaks, but stricter YAML tools (such as the JavaScript yaml package behind editors' YAML support) do not, and read the lines as one." : `The double-quoted value of "${issue.key ?? ""}" continues on a line indented no deeper than its key: kubectl (go-yaml) accepts it, but stricter YAML 1.2 parsers (such as the JavaScript yaml package behind editors' YAML support) reject the file.`,
    file,
    line: issue.line,
    column: issue.column,
    endLine: issue.line,
    endColumn: issue.column + (lone ? 1 : Math.max(1, (issue.key ?? "").length)),
    hint: lone ? "Save the file with LF (or CRLF) line ends." : "Indent the continuation lines further than the key, or keep the value on one line."
  };
}
function checkSourceText(file, text3, options2 = {}) {
  const notManifest = recognizeFile(file, text3);
  if (notManifest) return { path: file, documents: 0, resources: [], findings: [notManifestFinding(file, notManifest)] };
  const portable = makePortable(text3);
  const stream = parseYamlStream(portable.text, options2.parseLimits ?? defaultParseLimits);
  const isPatch = options2.patches?.includes(file) ?? false;
  const values = stream.documents.filter((doc) => !doc.broken && !doc.empty && doc.value !== void 0);
  if (isPatch && values.length > 0 && values.every((doc) => Array.isArray(doc.value))) {
    const patch = {
      path: file,
      documents: stream.documents.length,
      resources: [],
      findings: [...withFile(file, stream.findings), notManifestFinding(file, jsonPatch)]
    };
    return unshifted(patch, portable.shifts);
  }
  const extracted = extractResources(file, stream);
  const resources = extracted.resources.map((resource) => ({ ...resource, source: stream.text }));
  const outcome = {
    path: file,
    documents: stream.documents.length,
    resources,
    findings: [...withFile(file, stream.findings), ...extracted.findings, ...portable.issues.map((issue) => portabilityFinding(file, issue))]
  };
  if (textMayHoldPlaceholder(stream.text)) outcome.findings.push(...placeholderFindings(resources));
  if (options2.suppressions) outcome.directives = findDirectives(file, text3);
  if (isPatch) {
    for (const resource of resources) delete resource.source;
    if (options2.schema) outcome.findings.push(...validateSchemas(resources, { ...options2.schema, partial: true }));
    return unshifted({ ...outcome, resources: [] }, portable.shifts);
  }
  if (options2.schema) outcome.findings.push(...validateSchemas(resources, options2.schema));
  if (options2.ownRules) {
    const own = runOwnRules(rules, resources, options2.ownRules.settings);
    outcome.findings.push(...own.findings);
    outcome.deferred = own.deferred;
    if (options2.ownRules.release) {
      const schema = options2.schema;
      outcome.resources = releaseValues(
        rules,
        resources,
        own.deferred,
        schema && ((resource) => readByCustomValidation(resource, schema)),
        options2.ownRules.compact
      );
    }
  }
  for (const resource of resources) delete resource.source;
  return unshifted(outcome, portable.shifts);
}
function unshifted(outcome, shifts) {
  if (!shifts) return outcome;
  outcome.shifts = shifts;
  outcome.findings = outcome.findings.map((finding) => unshiftFinding(finding, shifts));
  return outcome;
}
function unshiftFinding(finding, shifts) {
  return finding.line === void 0 || finding.endLine === void 0 ? finding : unshiftRange(finding, shifts);
}
function checkSourceFile(file, absolutePath, options2 = {}) {
  const read = readSourceSync(file, absolutePath, options2.readLimits ?? defaultReadLimits);
  if (!read.ok) return { path: file, documents: 0, resources: [], findings: [read.finding] };
  return checkSourceText(file, read.text, options2);
}
function toPortable(outcome) {
  return { ...outcome, resources: outcome.resources.map((resource) => ({ ...resource, map: resource.map.portable })) };
}

// src/pipeline/worker-pool.ts
import { parentPort, Worker, workerData } from "node:worker_threads";
function serveTasks(handle) {
  const init = workerData;
  const { queue, slot } = init;
  parentPort.postMessage({ ready: true });
  void (async () => {
    for (; ; ) {
      const index = Atomics.add(queue.next, 0, 1);
      if (index >= queue.tasks.length) break;
      queue.since[slot] = Date.now();
      Atomics.store(queue.current, slot, index);
      const result = await handle(queue.tasks[index]);
      Atomics.store(queue.current, slot, -1);
      parentPort.postMessage({ index, result });
    }
  })();
}
function poolData() {
  return workerData.data;
}

// src/pipeline/v8-flags.ts
import { setFlagsFromString } from "node:v8";
function heapSizing(big) {
  setFlagsFromString(big ? "--semi-space-growth-factor=1" : "--semi-space-growth-factor=2");
  setFlagsFromString(big ? "--heap-growing-percent=50" : "--heap-growing-percent=0");
}
function compileForShortRun() {
  setFlagsFromString("--no-turbo-inlining");
  setFlagsFromString("--interrupt-budget=135168");
}

// src/pipeline/check-worker.ts
var { bigRun, ...options } = poolData();
compileForShortRun();
heapSizing(bigRun);
serveTasks((task) => toPortable(checkSourceFile(task.displayPath, task.absolutePath, options)));
/*! Bundled license information:

bytes/index.js:
  (*!
   * bytes
   * Copyright(c) 2012-2014 TJ Holowaychuk
   * Copyright(c) 2015 Jed Watson
   * MIT Licensed
   *)
*/
