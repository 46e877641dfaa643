export const id = 25;
export const ids = [25];
export const modules = {

/***/ 25:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ readJsonObject),
/* harmony export */   readJsonList: () => (/* binding */ readJsonList)
/* harmony export */ });
/* harmony import */ var jsonc_parser_lib_esm_main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(370);
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
/* harmony import */ var _kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(779);



// JSON is read with jsonc-parser's visitor rather than JSON.parse: it reports every key (JSON.parse
// keeps the last of a repeated key, silently dropping the others), the raw text of every number
// (JSON.parse rounds 12345678901234567890 to a different ID), and the line of each, without building
// a tree of a long file in memory.
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
/**
 * The targets of a list input written as a JSON array (`["ada@example.com", "42"]` or `[42]`): text
 * that starts with "[".
 */
function readJsonList(kind, text) {
    const targets = [];
    const problems = [];
    const reader = itemReader(text, (item, _line, index) => {
        if (typeof item !== 'string') {
            problems.push(`${kind}: item ${index} of the JSON array ${item.refused}`);
        }
        else if (item !== '') {
            targets.push({ kind, value: item, source: kind });
        }
    });
    (0,jsonc_parser_lib_esm_main_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(text, {
        onArrayBegin: (_offset, _length, line) => reader.open('array', line),
        onArrayEnd: () => reader.close(),
        onObjectBegin: (_offset, _length, line) => reader.open('object', line),
        onObjectEnd: () => reader.close(),
        onLiteralValue: (value, offset, length, line) => reader.literal(value, offset, length, line),
        onError: (error, offset, _length, line) => reader.error(error, offset, line)
    }, STRICT);
    return readOrSyntaxProblem({ targets, problems }, reader.syntaxProblem(), `${kind}: starts with "[" but is not a valid JSON array`);
}
/**
 * The targets of a targets-file written as a JSON object of arrays, one per kind:
 * `{"user_ids": ["1"], "user_logins": [], "group_ids": []}`. Each target is numbered by its line and
 * item; an unknown or repeated key, a value that is not an array, or a refused item is a problem.
 */
function readJsonObject(source, text) {
    const targets = [];
    const problems = [];
    const keyLines = new Map();
    let kind;
    let key = '';
    // "targets-file user_ids": written once per key, not once per target.
    let keySource = '';
    const reader = itemReader(text, (item, line, index) => {
        if (!kind)
            return;
        if (typeof item !== 'string') {
            problems.push(`${source} line ${line}: ${key} item ${index} ${item.refused}`);
        }
        else if (item !== '') {
            targets.push({ kind, value: item, source: keySource, line, item: index });
        }
    });
    (0,jsonc_parser_lib_esm_main_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(text, {
        onObjectProperty: (name, _offset, _length, line) => {
            if (reader.depth() !== 1)
                return;
            key = name;
            keySource = `${source} ${name}`;
            kind = _kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGET_KINDS */ .aO.find(k => k.jsonKey === name)?.input;
            const first = keyLines.get(name);
            if (first !== undefined) {
                problems.push(`${source} line ${line + 1}: the key ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteEntry */ .pM)(name)} is repeated (first on line ${first}); JSON keeps only the last, so write each kind's targets in one list`);
            }
            else {
                keyLines.set(name, line + 1);
            }
            if (!kind) {
                problems.push(`${source} line ${line + 1}: unknown key ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteEntry */ .pM)(name)} (expected ${_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGET_KINDS */ .aO.map(k => k.jsonKey).join(', ')})`);
            }
        },
        onArrayBegin: (_offset, _length, line) => reader.open('array', line),
        onArrayEnd: () => reader.close(),
        onObjectBegin: (_offset, _length, line) => {
            if (reader.depth() === 1 && kind)
                problems.push(`${source} line ${line + 1}: ${key} must be an array`);
            reader.open('object', line);
        },
        onObjectEnd: () => reader.close(),
        onLiteralValue: (value, offset, length, line) => {
            if (reader.depth() === 1) {
                if (kind)
                    problems.push(`${source} line ${line + 1}: ${key} must be an array`);
                return;
            }
            reader.literal(value, offset, length, line);
        },
        onError: (error, offset, _length, line) => reader.error(error, offset, line)
    }, STRICT);
    return readOrSyntaxProblem({ targets, problems }, reader.syntaxProblem(), `${source}: starts with "{" but is not valid JSON`);
}
/**
 * Follows the nesting of a JSON text and hands each item of a depth-2 array (the root array's
 * items for a list, a key's array's items in an object) to `onItem`, numbered from 1.
 */
function itemReader(text, onItem) {
    const stack = [];
    let syntax;
    /** The array whose items are targets: the root array, or an array under a root key. */
    const itemsArray = () => {
        const top = stack[stack.length - 1];
        if (top?.kind !== 'array')
            return undefined;
        if (stack.length === 1 && stack[0]?.kind === 'array')
            return top;
        if (stack.length === 2 && stack[0]?.kind === 'object')
            return top;
        return undefined;
    };
    const nested = (what, line) => {
        const array = itemsArray();
        if (array)
            onItem({ refused: `is ${what}, not a string or a whole number` }, line, ++array.items);
    };
    return {
        depth: () => stack.length,
        syntaxProblem: () => syntax,
        open(kind, line) {
            nested(kind === 'array' ? 'an array' : 'an object', line + 1);
            stack.push({ kind, items: 0 });
        },
        close() {
            stack.pop();
        },
        literal(value, offset, length, line) {
            const array = itemsArray();
            if (!array)
                return;
            onItem(readLiteral(value, text, offset, length), line + 1, ++array.items);
        },
        error(_code, offset, line) {
            syntax ??= `${describeSyntaxError(text, offset)} at line ${line + 1}, character ${offset + 1}`;
        }
    };
}
/** A literal item: a string trimmed, or a number written as a non-negative safe integer. */
function readLiteral(value, text, offset, length) {
    if (typeof value === 'string')
        return value.trim();
    const raw = text.slice(offset, offset + length);
    if (typeof value === 'number') {
        if (/^(0|[1-9][0-9]*)$/.test(raw) && Number.isSafeInteger(value))
            return raw;
        return {
            refused: `is the number ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteEntry */ .pM)(raw)}, which is not a whole number JSON can hold exactly; write the ID in quotes, as a string`
        };
    }
    return { refused: `is ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteEntry */ .pM)(raw)}, not a string or a whole number` };
}
/** What a JSON reader found where the text stops being JSON. */
function describeSyntaxError(text, offset) {
    if (offset >= text.length)
        return 'it ends too early';
    const found = text.slice(offset, offset + 10).split(/\s/)[0] || text[offset] || '';
    return `unexpected ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteEntry */ .pM)(found, 10)}`;
}
/** What was read, or, when the text is not valid JSON, only that problem: its items mean nothing. */
function readOrSyntaxProblem(read, syntax, notValid) {
    return syntax ? { targets: [], problems: [`${notValid} (${syntax})`] } : read;
}


/***/ })

};
