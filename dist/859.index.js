export const id = 859;
export const ids = [859,25];
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


/***/ }),

/***/ 859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseTargetsFile: () => (/* binding */ parseTargetsFile),
/* harmony export */   readTargetsFile: () => (/* binding */ readTargetsFile)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(175);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(452);
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(466);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(311);
/* harmony import */ var _json_targets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25);
/* harmony import */ var _kinds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(779);
/* harmony import */ var _parse_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(178);
/* harmony import */ var _report_columns_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(784);









const INPUT = 'targets-file';
/**
 * Reads the targets-file named by the input: a regular file inside the workspace (a relative path
 * is read from there) or inside RUNNER_TEMP, symbolic links resolved. Without RUNNER_TEMP, a file
 * the action itself wrote in the OS temp folder (a remainder or report) is accepted too.
 */
function readTargetsFile(file, files) {
    const shown = (0,_safe_text_js__WEBPACK_IMPORTED_MODULE_6__/* .quoteEntry */ .pM)(file);
    try {
        const real = files.realPath(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(files.workspace, file));
        if (!isAllowed(real, files)) {
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_7__/* .refused */ .J5)(`${INPUT}: ${shown} is not inside the workspace or RUNNER_TEMP`);
        }
        if (!files.isFile(real)) {
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_7__/* .refused */ .J5)(`${INPUT}: ${shown} is not a regular file (a directory, FIFO or device)`);
        }
        return parseTargetsFile(files.readText(real));
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`;
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_7__/* .refused */ .J5)(`${INPUT}: ${shown}: ${reason}`);
    }
}
function isAllowed(real, files) {
    const root = (folder) => {
        try {
            return files.realPath(folder);
        }
        catch {
            return undefined;
        }
    };
    const inside = (folder) => {
        const resolved = root(folder);
        return resolved !== undefined && isInside(real, resolved);
    };
    if (inside(files.workspace))
        return true;
    if (files.runnerTemp !== '')
        return inside(files.runnerTemp);
    const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(real);
    return (node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(folder) === root(files.osTemp) &&
        node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(folder).startsWith(_version_js__WEBPACK_IMPORTED_MODULE_8__/* .OUTPUT_FOLDER_PREFIX */ .cS));
}
function isInside(file, folder) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(folder, file);
    return (relative !== '' &&
        relative !== '..' &&
        !relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) &&
        !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
/**
 * Reads the content of a targets-file: a JSON object of arrays, or a CSV file whose header names
 * any of the kinds' columns (one target per cell; other columns are ignored).
 */
function parseTargetsFile(content) {
    const text = content.replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('[')) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_7__/* .refused */ .J5)(`${INPUT}: is a JSON array; expected a JSON object of arrays such as {"user_logins": ["ada@example.com"], "group_ids": ["42"]}, or a CSV file with a header row`);
    }
    if (text.startsWith('{')) {
        const json = (0,_parse_list_js__WEBPACK_IMPORTED_MODULE_4__/* .checkTargets */ .V)((0,_json_targets_js__WEBPACK_IMPORTED_MODULE_2__/* .readJsonObject */ .o)(INPUT, text));
        return json.ok ? (0,_parsed_js__WEBPACK_IMPORTED_MODULE_7__/* .parsed */ .Yz)({ targets: json.value, ignoredColumns: [] }) : json;
    }
    return parseCsvFile(text);
}
/**
 * A CSV file, read record by record: nothing but the targets is kept. A file whose header is this
 * action's report header, every column in order, is a report: its rows that ended for good
 * (FINISHED_OUTCOMES) are left out, unless it is a dry run's report, whose every row is read.
 * Any other file with an `outcome` column (an HR export) is read whole.
 */
function parseCsvFile(text) {
    let columns;
    let ignoredColumns = [];
    let headerProblem;
    let outcomeAt = -1;
    let detailAt = -1;
    let dryRun = false;
    const read = { targets: [], problems: [] };
    const found = new Map(_kinds_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_KINDS */ .aO.map(kind => [kind, []]));
    try {
        // csv-parse counts a CR LF inside a quoted cell as two lines: read every line break as LF.
        (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text.replace(/\r\n?/g, '\n'), {
            relax_column_count: true,
            on_record: (cells, context) => {
                if (cells.every(cell => cell.trim() === ''))
                    return null;
                const line = firstLine(cells, context.lines);
                if (!columns) {
                    const names = cells.map(cell => cell.trim().toLowerCase());
                    columns = names.map(name => _kinds_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_KINDS */ .aO.find(k => k.csvColumn === name));
                    ignoredColumns = cells.filter((_, i) => !columns?.[i]).map(c => c.trim());
                    if (_report_columns_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_HEADERS */ .Aq.some(header => header.join(',') === names.join(','))) {
                        outcomeAt = names.indexOf('outcome');
                        detailAt = names.indexOf('detail');
                    }
                    if (columns.every(kind => !kind)) {
                        headerProblem = `${INPUT} line ${line}: the header names none of the columns ${_kinds_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_KINDS */ .aO.map(k => k.csvColumn).join(', ')}; it has ${ignoredColumns.map(c => (0,_safe_text_js__WEBPACK_IMPORTED_MODULE_6__/* .quoteEntry */ .pM)(c)).join(', ')}`;
                    }
                    return null;
                }
                if (cells.length > columns.length) {
                    read.problems.push(`${INPUT} line ${line}: has ${cells.length} cells, the header names ${columns.length}`);
                    return null;
                }
                const outcome = outcomeAt < 0 ? '' : (cells[outcomeAt] ?? '').trim();
                if (outcome === 'not_sent' && (cells[detailAt] ?? '').trim() === 'dry run')
                    dryRun = true;
                cells.forEach((cell, i) => {
                    const kind = columns?.[i];
                    const value = cell.trim();
                    if (!kind || value === '')
                        return;
                    found.get(kind)?.push({
                        target: { kind: kind.input, value, source: INPUT, line, column: kind.csvColumn },
                        outcome
                    });
                });
                return null;
            }
        });
    }
    catch (error) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_7__/* .refused */ .J5)(`${INPUT}: is not a readable CSV file: ${error.message}`);
    }
    if (headerProblem)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_7__/* .refused */ .J5)(headerProblem);
    const isReport = outcomeAt >= 0;
    const leftOut = {};
    // Kind by kind, each in file order, as the inputs are read.
    for (const list of found.values()) {
        for (const { target, outcome } of list) {
            if (isReport && !dryRun && _report_columns_js__WEBPACK_IMPORTED_MODULE_5__/* .FINISHED_OUTCOMES */ .Vc.has(outcome)) {
                leftOut[outcome] = (leftOut[outcome] ?? 0) + 1;
            }
            else {
                read.targets.push(target);
            }
        }
    }
    const checked = (0,_parse_list_js__WEBPACK_IMPORTED_MODULE_4__/* .checkTargets */ .V)(read);
    if (!checked.ok)
        return checked;
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_7__/* .parsed */ .Yz)({
        targets: checked.value,
        ignoredColumns: isReport ? [] : ignoredColumns,
        ...(isReport ? { report: { leftOut, dryRun } } : {})
    });
}
/** The line a record starts on, from the line it ends on and the line breaks inside its cells. */
function firstLine(cells, lastLine) {
    return lastLine - cells.reduce((breaks, cell) => breaks + cell.split('\n').length - 1, 0);
}


/***/ })

};
