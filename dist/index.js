import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(293);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 293:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/runner.ts
// The GitHub Actions runner protocol: inputs from INPUT_* variables, workflow commands on
// stdout, outputs and the job summary in the files the runner names. This is what
// @actions/core does, written out because loading @actions/core costs about a third of the
// action's start-up (it loads @actions/http-client, tls and child_process for OIDC and OS
// details this action never asks for); see docs/benchmarks.md.


function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Escapes a command's message as the runner expects (as @actions/core's escapeData). */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function command(name, message) {
    process.stdout.write(`::${name}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** Asks the runner to hide this value in every later log line. */
function setSecret(secret) {
    command('add-mask', secret);
}
function info(message) {
    process.stdout.write(`${message}${external_node_os_namespaceObject.EOL}`);
}
function startGroup(name) {
    command('group', name);
}
function endGroup() {
    command('endgroup', '');
}
function warning(message) {
    command('warning', message);
}
function setFailed(message) {
    process.exitCode = 1;
    command('error', message);
}
/** Writes an output in the delimiter form, so a value may hold any text, newlines included. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        info(`Output ${name}: ${value}`);
        return;
    }
    // Safety comes from the check below, not from the delimiter's randomness; so no node:crypto here.
    const delimiter = `ghadelimiter_${randomHex()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`The output ${name} contains its delimiter`);
    }
    external_node_fs_default().appendFileSync(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
function randomHex() {
    let hex = '';
    for (let i = 0; i < 4; i++)
        hex += Math.floor(Math.random() * 2 ** 32)
            .toString(16)
            .padStart(8, '0');
    return hex;
}
/** Appends Markdown to the job summary; false when the runner gave no summary file. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    external_node_fs_default().appendFileSync(file, markdown, 'utf8');
    return true;
}

;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/context.js


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,external_fs_namespaceObject.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,external_fs_namespaceObject.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_os_namespaceObject.EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}
//# sourceMappingURL=context.js.map
;// CONCATENATED MODULE: ./src/audit.ts
function auditContext(context, repository) {
    const runUrl = repository && context.runId
        ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}${context.runAttempt && context.runAttempt > 1 ? `/attempts/${context.runAttempt}` : ''}`
        : undefined;
    return { actor: context.actor, eventName: context.eventName, workflow: context.workflow, runUrl };
}

;// CONCATENATED MODULE: ./src/auth/crypto.ts
/** node:crypto, loaded when first needed: runs that do not use JWT never pay for loading it. */
function crypto_crypto() {
    return process.getBuiltinModule('node:crypto');
}

;// CONCATENATED MODULE: ./src/auth/jwt-config.ts

/**
 * Reads the JSON app config. Problems never quote the content: the file holds the private key,
 * its passphrase and the client secret.
 */
function parseJwtConfig(raw) {
    let json;
    try {
        json = JSON.parse(raw);
    }
    catch {
        return { problems: ['box-jwt-config: is not valid JSON (paste the whole app config file)'] };
    }
    const settings = field(json, 'boxAppSettings');
    const appAuth = field(settings, 'appAuth');
    const wanted = {
        'boxAppSettings.clientID': field(settings, 'clientID'),
        'boxAppSettings.clientSecret': field(settings, 'clientSecret'),
        'boxAppSettings.appAuth.publicKeyID': field(appAuth, 'publicKeyID'),
        'boxAppSettings.appAuth.privateKey': field(appAuth, 'privateKey'),
        'boxAppSettings.appAuth.passphrase': field(appAuth, 'passphrase')
    };
    const missing = Object.entries(wanted)
        .filter(([, value]) => typeof value !== 'string' || value === '')
        .map(([name]) => name);
    if (missing.length > 0) {
        return { problems: [`box-jwt-config: missing ${missing.join(', ')}`] };
    }
    const enterprise = field(json, 'enterpriseID');
    const enterpriseId = typeof enterprise === 'string' || typeof enterprise === 'number' ? String(enterprise) : '';
    if (enterpriseId !== '' && !/^[0-9]+$/.test(enterpriseId)) {
        return { problems: ['box-jwt-config: enterpriseID is not a Box ID (digits only)'] };
    }
    let privateKey;
    try {
        privateKey = crypto_crypto().createPrivateKey({
            key: wanted['boxAppSettings.appAuth.privateKey'],
            format: 'pem',
            passphrase: wanted['boxAppSettings.appAuth.passphrase']
        });
    }
    catch {
        return {
            problems: [
                'box-jwt-config: the private key could not be decrypted (wrong passphrase, or not a PEM private key)'
            ]
        };
    }
    if (privateKey.asymmetricKeyType !== 'rsa') {
        return { problems: ['box-jwt-config: the private key is not an RSA key'] };
    }
    return {
        problems: [],
        config: {
            clientId: wanted['boxAppSettings.clientID'],
            clientSecret: wanted['boxAppSettings.clientSecret'],
            publicKeyId: wanted['boxAppSettings.appAuth.publicKeyID'],
            privateKey,
            enterpriseId: enterpriseId || undefined
        }
    };
}
/** Every secret string inside a config, found even when the rest of it is malformed. */
function jwtConfigSecrets(raw) {
    try {
        const json = JSON.parse(raw);
        const settings = field(json, 'boxAppSettings');
        const appAuth = field(settings, 'appAuth');
        return [
            field(settings, 'clientSecret'),
            field(appAuth, 'passphrase'),
            field(appAuth, 'privateKey')
        ].filter((v) => typeof v === 'string' && v !== '');
    }
    catch {
        return [];
    }
}
function field(value, name) {
    return typeof value === 'object' && value !== null
        ? value[name]
        : undefined;
}

;// CONCATENATED MODULE: ./src/auth/auth-settings.ts

const METHODS_HELP = 'set box-token, or box-client-id + box-client-secret + box-enterprise-id or box-user-id (client credentials), or box-jwt-config (JWT)';
/** Chooses exactly one way to authenticate from the credential inputs. */
function parseAuth(read) {
    const token = read('box-token');
    const clientId = read('box-client-id');
    const clientSecret = read('box-client-secret');
    const jwtConfig = read('box-jwt-config');
    const enterpriseId = read('box-enterprise-id');
    const userId = read('box-user-id');
    const problems = [];
    if (enterpriseId && !/^[0-9]+$/.test(enterpriseId)) {
        problems.push('box-enterprise-id: is not a Box ID (digits only)');
    }
    if (userId && !/^[0-9]+$/.test(userId)) {
        problems.push('box-user-id: is not a Box ID (digits only)');
    }
    if (enterpriseId && userId) {
        problems.push('box-enterprise-id and box-user-id: give one subject, not both');
    }
    const given = [
        token && 'box-token',
        (clientId || clientSecret) && 'box-client-id/box-client-secret',
        jwtConfig && 'box-jwt-config'
    ].filter((m) => Boolean(m));
    if (given.length === 0) {
        return { problems: [...problems, `no Box credentials: ${METHODS_HELP}`] };
    }
    if (given.length > 1) {
        return {
            problems: [
                ...problems,
                `conflicting credentials: ${given.join(' and ')}; use exactly one way`
            ]
        };
    }
    if (token) {
        if (enterpriseId || userId) {
            const name = enterpriseId ? 'box-enterprise-id' : 'box-user-id';
            problems.push(`${name}: applies only to client credentials or JWT, not to box-token`);
        }
        return problems.length ? { problems } : { problems, auth: { method: 'token', token } };
    }
    const subject = userId
        ? { type: 'user', id: userId }
        : enterpriseId
            ? { type: 'enterprise', id: enterpriseId }
            : undefined;
    if (jwtConfig) {
        const parsed = parseJwtConfig(jwtConfig);
        problems.push(...parsed.problems);
        const jwtSubject = subject ??
            (parsed.config?.enterpriseId
                ? { type: 'enterprise', id: parsed.config.enterpriseId }
                : undefined);
        if (parsed.config && !jwtSubject) {
            problems.push('box-jwt-config: has no enterpriseID; set box-enterprise-id or box-user-id to choose whom to act as');
        }
        if (problems.length || !parsed.config || !jwtSubject)
            return { problems };
        return { problems, auth: { method: 'jwt', jwt: parsed.config, subject: jwtSubject } };
    }
    if (!clientId)
        problems.push('box-client-id: required with box-client-secret');
    if (!clientSecret)
        problems.push('box-client-secret: required with box-client-id');
    if (!enterpriseId && !userId) {
        problems.push('box-enterprise-id or box-user-id: client credentials need one (the enterprise to act as its service account, or the user to act as)');
    }
    if (problems.length || !subject)
        return { problems };
    return { problems, auth: { method: 'ccg', clientId, clientSecret, subject } };
}
/** Every secret among the inputs, to be masked before anything is logged. */
function secretInputs(read) {
    const jwtConfig = read('box-jwt-config');
    return [read('box-token'), read('box-client-secret'), jwtConfig, ...jwtConfigSecrets(jwtConfig)];
}

;// CONCATENATED MODULE: ./src/safe-text.ts
// Text that comes from inputs or from Box is printed to the runner's log, where a line that
// starts with "::" is a workflow command. These helpers make such text inert.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** One printable line: control characters (CR, LF, ESC, …) escaped, a leading "::" defused. */
function safeText(text) {
    const escaped = text.replace(CONTROL, ch => {
        if (ch === '\n')
            return '\\n';
        if (ch === '\r')
            return '\\r';
        if (ch === '\t')
            return '\\t';
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    return escaped.replace(/^(\s*):(?=:)/, '$1:\u200b');
}
/** An entry quoted for an error message, shortened so one bad entry cannot flood the log. */
function quoteEntry(entry, max = 80) {
    const shown = entry.length > max ? `${entry.slice(0, max)}…` : entry;
    return `"${safeText(shown).replace(/"/g, '\\"')}"`;
}
/** Text for a Markdown table cell or paragraph in the job summary. */
function markdownText(text) {
    return safeText(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|#~])/g, '\\$1');
}

;// CONCATENATED MODULE: ./src/box-errors.ts

function readErrorBody(response) {
    const json = parseJsonObject(response.body);
    const text = (v) => typeof v === 'string' && v !== '' ? safeText(v) : undefined;
    return {
        code: text(json?.code),
        message: text(json?.message),
        requestId: text(json?.request_id) ?? requestIdHeader(response)
    };
}
function requestIdHeader(response) {
    const id = response.headers['box-request-id'];
    return id ? safeText(id) : undefined;
}
function parseJsonObject(text) {
    try {
        const json = JSON.parse(text);
        return typeof json === 'object' && json !== null && !Array.isArray(json)
            ? json
            : undefined;
    }
    catch {
        return undefined;
    }
}
function statusHint(status, endpoint, auth) {
    const scope = endpoint.startsWith('groups') ? 'Manage groups' : 'Manage users';
    if (status === 401) {
        return auth === 'token'
            ? 'the access token in box-token is invalid or has expired; create a new one, or use client credentials or JWT so the action gets a fresh token each run'
            : 'Box refused a freshly issued token; check that the app is authorised in the Admin Console and not disabled';
    }
    if (status === 403) {
        return `the account the action acts as must be a Box admin or co-admin allowed to manage ${endpoint.startsWith('groups') ? 'groups' : 'users'}, and the app needs the "${scope}" scope (re-authorise the app in the Admin Console after changing scopes)`;
    }
    if (status === 404)
        return 'a target does not exist in this enterprise; check the IDs and logins';
    if (status === 400)
        return 'Box refused the request; check the targets';
    if (status === 429)
        return 'Box kept rate-limiting; run again later or raise max-retries';
    if (status >= 500)
        return 'Box kept failing; check https://status.box.com and run again';
    return undefined;
}
/** One line naming what failed, Box's own words and its request id, then a hint. */
function formatHttpFailure(endpoint, response, attempts, auth) {
    const { code, message, requestId } = readErrorBody(response);
    const status = response.status;
    if (status >= 300 && status < 400) {
        const location = redirectHost(response.headers['location']);
        return `Box API ${status} redirect on ${endpoint}${location ? ` to ${location}` : ''}: redirects are not followed, so the token never leaves base-url; check base-url`;
    }
    let line = `Box API ${status}${code ? ` ${code}` : ''} on ${endpoint}`;
    if (message)
        line += `: ${message}`;
    if (requestId)
        line += ` (request id ${requestId})`;
    if (attempts > 1)
        line += ` after ${attempts} attempts`;
    const hint = statusHint(status, endpoint, auth);
    return hint ? `${line}. Hint: ${hint}` : line;
}
function redirectHost(location) {
    if (!location)
        return undefined;
    try {
        return safeText(new URL(location).host);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __nccwpck_require__(783);
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: ./src/http.ts


/** No HTTP response came back: the connection failed, broke or timed out. */
class NetworkError extends Error {
    code;
    retryable;
    constructor(message, code, retryable) {
        super(message);
        this.code = code;
        this.retryable = retryable;
        this.name = 'NetworkError';
    }
}
const MAX_BODY_BYTES = 1024 * 1024;
// Codes of failures that may pass; certificate and DNS "no such host" errors will not.
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN'
]);
/**
 * Sends requests with node:http and node:https; when the runner's https_proxy/http_proxy applies
 * to the URL (its no_proxy rules decide), through the tunnelling agent @actions/http-client
 * builds for it, loaded only then. Either way this module holds the request, so a deadline can
 * cut it (HttpClient.dispose() leaves a tunnelled connection open). Redirects are never
 * followed, so the token cannot reach another host, and every request, body included, must
 * finish within `timeoutMs`.
 */
function createTransport(userAgent) {
    return (request, timeoutMs) => {
        const url = new URL(request.url);
        return withDeadline(timeoutMs, async (onCancel) => {
            const agent = (0,proxy/* getProxyUrl */.s)(url) ? await proxyAgent(userAgent, url) : false;
            return send(url, request, agent, onCancel);
        });
    };
}
async function proxyAgent(userAgent, url) {
    const { HttpClient } = await __nccwpck_require__.e(/* import() */ 950).then(__nccwpck_require__.bind(__nccwpck_require__, 950));
    return new HttpClient(userAgent, [], { keepAlive: false }).getAgent(url.href);
}
/**
 * Runs one exchange, and fails it with ETIMEDOUT (cutting its connection) when time runs out.
 * A plain callback rather than an AbortController: a request given a signal registers an abort
 * listener, and aborting it, even once finished, builds an AbortError with its stack trace;
 * together about 3 ms of a one-user run on Node 20.
 */
async function withDeadline(timeoutMs, exchange) {
    let cancel = () => undefined;
    let late = false;
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            reject(new NetworkError(`no complete response within ${timeoutMs / 1000} s`, 'ETIMEDOUT', true));
            late = true;
            cancel();
        }, timeoutMs);
    });
    // A connection opened after the deadline (a slow proxy set-up) is cut as soon as it exists.
    const running = exchange(cut => (late ? cut() : (cancel = cut)));
    running.catch(() => undefined);
    try {
        return await Promise.race([running, deadline]);
    }
    catch (error) {
        throw toNetworkError(error);
    }
    finally {
        clearTimeout(timer);
    }
}
async function send(url, request, agent, onCancel) {
    const transport = url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 708, 23)) : (external_node_http_default());
    const body = request.body;
    const headers = { ...request.headers };
    if (body !== undefined)
        headers['Content-Length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
        const req = transport.request(url, { method: request.method, headers, agent }, res => {
            readBody(res).then(text => resolve({ status: res.statusCode ?? 0, headers: flatten(res), body: text }), reject);
        });
        onCancel(() => req.destroy());
        req.on('error', reject);
        req.end(body);
    });
}
function readBody(message) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        message.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                reject(new NetworkError('the response body is larger than 1 MiB', 'EBODYTOOLARGE', false));
                message.destroy();
                return;
            }
            chunks.push(chunk);
        });
        message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        message.on('error', reject);
        message.on('aborted', () => reject(new NetworkError('the connection closed before the response ended', 'ECONNRESET', true)));
        message.on('close', () => {
            if (!message.complete) {
                reject(new NetworkError('the connection closed before the response ended', 'ECONNRESET', true));
            }
        });
    });
}
function flatten(message) {
    const headers = {};
    for (const [name, value] of Object.entries(message.headers)) {
        headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    return headers;
}
function toNetworkError(error) {
    if (error instanceof NetworkError)
        return error;
    const code = String(error?.code ?? 'EUNKNOWN');
    const message = error instanceof Error ? error.message : String(error);
    const transient = TRANSIENT_CODES.has(code) || code.startsWith('HPE_') || /timeout|socket hang up/i.test(message);
    return new NetworkError(message, code, transient);
}

;// CONCATENATED MODULE: ./src/retry.ts


const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const FIRST_BACKOFF_MS = 1_000;
const MAX_WAIT_MS = 60_000;
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: () => Math.random()
};
/**
 * The longest a run may take: every attempt timing out and every wait at its cap, with one
 * request more for a token. No attempt or wait starts past it.
 */
function runBudgetMs(maxRetries, requestTimeoutMs) {
    return requestTimeoutMs * (maxRetries + 2) + MAX_WAIT_MS * maxRetries;
}
function isRetryableStatus(status) {
    return status === 429 || (status >= 500 && status <= 599);
}
/** Retry-After as seconds or an HTTP date, in milliseconds from `nowMs`; undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs) {
    const text = value?.trim();
    if (!text)
        return undefined;
    if (/^[0-9]+$/.test(text))
        return Number(text) * 1000;
    // Every HTTP-date form starts with a day name; Date.parse alone would take "-1" or "1.5" as dates.
    if (!/^[A-Za-z]{3}/.test(text))
        return undefined;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
/** Exponential backoff from about 1 s, doubled per retry, with ±25 % jitter. `retry` counts from 1. */
function backoffMs(retry, random) {
    const base = Math.min(MAX_WAIT_MS, FIRST_BACKOFF_MS * 2 ** (retry - 1));
    return Math.min(MAX_WAIT_MS, Math.round(base * (0.75 + random * 0.5)));
}
/** How long to wait before retry number `retry`: Retry-After when Box sent one, else backoff. */
function retryDelayMs(retry, retryAfter, clock) {
    const asked = parseRetryAfter(retryAfter, clock.now());
    return asked === undefined ? backoffMs(retry, clock.random()) : Math.min(asked, MAX_WAIT_MS);
}
/** "no response after N attempts: CODE message", for a network failure that ended the retries. */
function noResponse(attempts, error) {
    return `no response after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${safeText(error.code)} ${safeText(error.message)}`;
}
/**
 * Calls `send` until it returns a response that is not worth retrying, or retries run out.
 * `send` gets the time it may take; network errors it throws are retried when transient.
 */
async function withRetries(send, options, onRetry) {
    const { clock, deadline, maxRetries, requestTimeoutMs } = options;
    let attempts = 0;
    for (;;) {
        const remaining = deadline - clock.now();
        if (remaining <= 0) {
            const error = new NetworkError('the run ran out of time before this request', 'EDEADLINE', false);
            return { last: { kind: 'network', error }, attempts, outOfTime: true };
        }
        attempts++;
        let last;
        try {
            const response = await send(Math.max(1, Math.min(requestTimeoutMs, remaining)));
            last = { kind: 'response', response };
        }
        catch (error) {
            if (!(error instanceof NetworkError))
                throw error;
            last = { kind: 'network', error };
        }
        const retryable = last.kind === 'response' ? isRetryableStatus(last.response.status) : last.error.retryable;
        if (!retryable || attempts > maxRetries)
            return { last, attempts, outOfTime: false };
        const waitMs = retryDelayMs(attempts, last.kind === 'response' ? last.response.headers['retry-after'] : undefined, clock);
        if (clock.now() + waitMs >= deadline)
            return { last, attempts, outOfTime: true };
        onRetry({
            attempt: attempts,
            waitMs,
            reason: last.kind === 'response'
                ? `HTTP ${last.response.status}`
                : `${last.error.code}: ${last.error.message}`
        });
        await clock.sleep(waitMs);
    }
}

;// CONCATENATED MODULE: ./src/auth/token-request.ts



/** The token endpoint refused or never answered; the message is ready to show. */
class AuthError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AuthError';
    }
}
const ENDPOINT = 'oauth2/token';
function createTokenRequester(deps) {
    // Each attempt builds a fresh body, so a JWT assertion (and its jti) is never sent twice.
    const post = async (body) => {
        const outcome = await withRetries(timeoutMs => deps.transport({
            method: 'POST',
            url: `${deps.baseUrl}/${ENDPOINT}`,
            headers: {
                'Content-Type': 'application/x-www-form-urlencoded',
                Accept: 'application/json',
                'User-Agent': deps.userAgent
            },
            body: body()
        }, timeoutMs), deps.retry, deps.onRetry);
        if (outcome.last.kind === 'network') {
            return {
                failure: `Box token request got ${noResponse(outcome.attempts, outcome.last.error)}`
            };
        }
        return { response: outcome.last.response };
    };
    return {
        async fetch(form) {
            let skewMs = 0;
            const encode = () => new URLSearchParams(form(Math.floor((deps.retry.clock.now() + skewMs) / 1000))).toString();
            let { response, failure } = await post(encode);
            if (response && isClockSkew(response)) {
                const boxNow = Date.parse(response.headers['date'] ?? '');
                if (!Number.isNaN(boxNow)) {
                    skewMs = boxNow - deps.retry.clock.now();
                    ({ response, failure } = await post(encode));
                }
            }
            if (!response)
                throw new AuthError(failure ?? 'Box token request failed');
            const json = parseJsonObject(response.body);
            const token = json?.access_token;
            if (response.status === 200 && typeof token === 'string' && token !== '') {
                deps.onToken(token);
                return token;
            }
            throw new AuthError(describeTokenFailure(response, json));
        }
    };
}
/** Box refuses an assertion whose exp or iat looks wrong to its clock: the runner's clock is off. */
function isClockSkew(response) {
    if (response.status !== 400)
        return false;
    const description = parseJsonObject(response.body)?.error_description;
    return typeof description === 'string' && /\b(exp|iat)\b/.test(description);
}
function describeTokenFailure(response, json) {
    const text = (v) => (typeof v === 'string' ? safeText(v) : '');
    const error = text(json?.error);
    const description = text(json?.error_description);
    const detail = [error, description].filter(Boolean).join(': ');
    let line = `Box token request failed: HTTP ${response.status}${detail ? ` ${detail}` : ''}`;
    if (response.status >= 300 && response.status < 400) {
        line += '; redirects are not followed, so credentials never leave base-url';
    }
    else if (response.status === 200) {
        line += '; the response had no access_token';
    }
    else if (response.status < 500 && response.status !== 429) {
        line +=
            '. Hint: check that the app is authorised in the Box Admin Console (Apps > Custom Apps Manager), that the client ID and secret belong to it, that the subject (box-enterprise-id or box-user-id) is right, and that the app has the scopes to manage users and groups';
    }
    return line;
}

;// CONCATENATED MODULE: ./src/auth/jwt-assertion.ts

/** Box's JWT guide names this audience whatever host the token request goes to. */
const JWT_AUDIENCE = 'https://api.box.com/oauth2/token';
const JWT_LIFETIME_S = 45;
/** A JWT signed RS256, with `kid` in the header so Box picks the right key when an app has several. */
function createAssertion(input) {
    const header = { alg: 'RS256', typ: 'JWT', kid: input.publicKeyId };
    const claims = {
        iss: input.clientId,
        sub: input.subject.id,
        box_sub_type: input.subject.type,
        aud: JWT_AUDIENCE,
        jti: input.jti ?? crypto_crypto().randomBytes(32).toString('base64url'),
        iat: input.nowSeconds,
        exp: input.nowSeconds + JWT_LIFETIME_S
    };
    const signingInput = `${base64url(header)}.${base64url(claims)}`;
    const { createSign } = crypto_crypto();
    const signature = createSign('RSA-SHA256').update(signingInput).sign(input.privateKey);
    return `${signingInput}.${signature.toString('base64url')}`;
}
function base64url(value) {
    return Buffer.from(JSON.stringify(value)).toString('base64url');
}

;// CONCATENATED MODULE: ./src/auth/token-source.ts

function createTokenSource(auth, request) {
    if (auth.method === 'token') {
        const token = Promise.resolve(auth.token);
        return {
            method: 'token',
            canRenew: false,
            get: () => token,
            renew: () => token
        };
    }
    const fetchToken = () => {
        if (auth.method === 'ccg') {
            return request.fetch(() => ({
                grant_type: 'client_credentials',
                client_id: auth.clientId,
                client_secret: auth.clientSecret,
                box_subject_type: auth.subject.type,
                box_subject_id: auth.subject.id
            }));
        }
        return request.fetch(nowSeconds => ({
            grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
            client_id: auth.jwt.clientId,
            client_secret: auth.jwt.clientSecret,
            assertion: createAssertion({ ...auth.jwt, subject: auth.subject, nowSeconds })
        }));
    };
    let current;
    return {
        method: auth.method,
        canRenew: true,
        get: () => (current ??= fetchToken()),
        renew: async (stale) => {
            const before = current;
            const token = before ? await before.catch(() => undefined) : undefined;
            // Another call renewed while this one waited: share its token.
            if (current !== before && current)
                return current;
            if (token === stale || token === undefined)
                current = fetchToken();
            return current ?? fetchToken();
        }
    };
}

;// CONCATENATED MODULE: ./src/input-error.ts
/** The one error type for anything wrong with the step's inputs; it lists every problem found. */
class InputError extends Error {
    problems;
    constructor(problems) {
        const shown = problems.slice(0, MAX_SHOWN);
        const more = problems.length - shown.length;
        const lines = shown.map(p => `  - ${p}`);
        if (more > 0)
            lines.push(`  - … and ${more} more`);
        super(`Invalid input (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was sent to Box:\n${lines.join('\n')}`);
        this.name = 'InputError';
        this.problems = problems;
    }
}
const MAX_SHOWN = 100;

;// CONCATENATED MODULE: ./src/report.ts
/** Lists in the `result` output are cut to this many entries each; counts stay exact. */
const RESULT_LIST_LIMIT = 1000;
function failed(report) {
    return report.error !== undefined || report.results.some(r => !r.ok);
}
function countTargets(request) {
    return Object.entries(request.body)
        .filter(([, list]) => list.length > 0)
        .map(([key, list]) => `${list.length} ${label(key, list.length)}`)
        .join(', ');
}
function label(key, count) {
    const names = {
        user_ids: ['user ID', 'user IDs'],
        user_logins: ['user login', 'user logins'],
        group_ids: ['group ID', 'group IDs']
    };
    const [one, many] = names[key] ?? [key, key];
    return count === 1 ? one : many;
}
function buildOutputs(report) {
    const users = report.results.find(r => r.name === 'users');
    const groups = report.results.find(r => r.name === 'groups');
    const messages = [...new Set([users?.message, groups?.message].filter(m => m))];
    const message = report.dryRun
        ? `Dry run: no sessions were terminated; would end sessions of ${report.requests.map(countTargets).join(', ')}`
        : messages.join('\n');
    return {
        message,
        'users-message': users?.message ?? '',
        'groups-message': groups?.message ?? '',
        result: JSON.stringify(resultObject(report))
    };
}
function resultObject(report) {
    const result = { dryRun: report.dryRun, ok: !failed(report) };
    if (report.identity)
        result.actingAs = report.identity;
    if (report.error)
        result.error = report.error;
    for (const request of report.requests) {
        const outcome = report.results.find(r => r.name === request.name);
        const targets = {};
        const counts = {};
        let truncated = false;
        for (const [key, list] of Object.entries(request.body)) {
            targets[key] = list.slice(0, RESULT_LIST_LIMIT);
            counts[key] = list.length;
            truncated ||= list.length > RESULT_LIST_LIMIT;
        }
        result[request.name] = {
            endpoint: request.endpoint,
            sent: outcome !== undefined,
            targets,
            counts,
            ...(truncated ? { targetsTruncated: true } : {}),
            ...(outcome
                ? {
                    status: outcome.status ?? null,
                    message: outcome.message,
                    requestId: outcome.requestId ?? null,
                    attempts: outcome.attempts,
                    durationMs: Math.round(outcome.durationMs),
                    ...(outcome.error ? { error: outcome.error } : {}),
                    ...(outcome.warning ? { warning: outcome.warning } : {})
                }
                : {})
        };
    }
    return result;
}

;// CONCATENATED MODULE: ./src/log.ts



const LOGGED_TARGETS = 50;
function logRetry(what, notice) {
    info(`${what}: attempt ${notice.attempt} failed (${safeText(notice.reason)}); retrying in ${(notice.waitMs / 1000).toFixed(1)} s`);
}
/** One log group per endpoint, printed once the concurrent calls are done so groups do not interleave. */
function logReport(report) {
    if (report.identity) {
        const who = report.identity;
        info(`Acting as ${who.name} (${who.login}, user ${who.id}, role ${who.role || 'unknown'})`);
    }
    for (const request of report.requests) {
        startGroup(`${request.endpoint}: ${countTargets(request)}`);
        for (const [key, list] of Object.entries(request.body)) {
            if (list.length === 0)
                continue;
            const more = list.length > LOGGED_TARGETS ? `, and ${list.length - LOGGED_TARGETS} more` : '';
            info(`${key}: ${list.slice(0, LOGGED_TARGETS).map(safeText).join(', ')}${more}`);
        }
        const result = report.results.find(r => r.name === request.name);
        if (!result) {
            info(report.dryRun ? 'Dry run: not sent' : 'Not sent');
        }
        else {
            const attempts = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`;
            const id = result.requestId ? `, request id ${result.requestId}` : '';
            info(`${result.ok ? 'Done' : 'Failed'}: HTTP ${result.status ?? 'none'} after ${attempts} in ${Math.round(result.durationMs)} ms${id}`);
            if (result.ok)
                info(`Box message: ${result.message}`);
        }
        endGroup();
    }
}

;// CONCATENATED MODULE: ./src/mask.ts
/**
 * The strings to register with the runner for one secret: the whole value and, for a
 * multi-line secret (a JSON config, a PEM key), each substantial line, since the runner
 * may print such a value line by line.
 */
function maskParts(secret) {
    if (secret.trim() === '')
        return [];
    const lines = secret
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(l => l.length >= 8);
    return [...new Set([secret, ...lines])];
}

;// CONCATENATED MODULE: ./src/summary.ts


/** Targets listed per kind in the summary; the rest are counted. */
const SUMMARY_LIST_LIMIT = 50;
const KIND_TITLES = {
    user_ids: 'User IDs',
    user_logins: 'User logins',
    group_ids: 'Group IDs'
};
/** The job summary in Markdown; every text from inputs or Box is escaped. */
function renderSummary(report, audit) {
    const lines = [];
    const title = report.dryRun
        ? 'Dry run: Box sessions that would be terminated'
        : failed(report)
            ? 'Box session termination failed'
            : 'Box sessions terminated';
    lines.push(`## ${title}`, '');
    if (report.dryRun) {
        lines.push('**Dry run**: no termination request was sent.', '');
    }
    if (report.identity) {
        const who = report.identity;
        lines.push(`Acting as **${markdownText(who.name || who.id)}** (${markdownText(who.login)}, user ${markdownText(who.id)}, role ${markdownText(who.role || 'unknown')}).`, '');
    }
    if (report.error)
        lines.push(`**Error:** ${markdownText(report.error)}`, '');
    if (report.results.length > 0) {
        lines.push('| Endpoint | Targets | Status | Box message | Request ID | Attempts |', '| --- | --- | --- | --- | --- | --- |');
        for (const r of report.results) {
            const status = r.ok ? `✅ ${r.status}` : `❌ ${r.status ?? 'no response'}`;
            const message = r.ok ? r.message : (r.error ?? '');
            lines.push(`| \`${r.endpoint}\` | ${countTargets(r)} | ${status} | ${markdownText(message)} | ${markdownText(r.requestId ?? '')} | ${r.attempts} |`);
        }
        lines.push('');
    }
    lines.push('### Targets', '');
    for (const request of report.requests) {
        for (const [key, list] of Object.entries(request.body)) {
            if (list.length === 0)
                continue;
            const shown = list.slice(0, SUMMARY_LIST_LIMIT).map(codeSpan);
            const more = list.length - shown.length;
            lines.push(`- ${KIND_TITLES[key] ?? key} (${list.length}): ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`);
        }
    }
    lines.push('');
    const run = audit.runUrl ? `[${markdownText(audit.runUrl)}](${audit.runUrl})` : 'unknown';
    lines.push('### Audit', '', `- Actor: ${markdownText(audit.actor || 'unknown')}`, `- Event: ${markdownText(audit.eventName || 'unknown')}`, `- Workflow: ${markdownText(audit.workflow || 'unknown')}`, `- Run: ${run}`, '');
    return lines.join('\n');
}
/** A validated target as inline code; a pipe would still split a table cell, a backtick end the span. */
function codeSpan(value) {
    return `\`${value.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/base-url.ts
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
/**
 * Checks the `base-url` input and returns it without a trailing slash, or a problem.
 * Only https is accepted, except plain http to a loopback host for local testing, so the
 * token never crosses a network in the clear.
 */
function parseBaseUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return { problem: 'base-url: is not a valid URL' };
    }
    if (url.username || url.password) {
        return { problem: 'base-url: must not contain a user name or password' };
    }
    if (url.search || url.hash) {
        return { problem: 'base-url: must not contain a query or a fragment' };
    }
    const loopback = LOOPBACK_HOSTS.test(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        return {
            problem: `base-url: must use https (plain http is allowed only to a loopback host such as 127.0.0.1), got ${url.protocol.replace(':', '')}://${url.host}`
        };
    }
    return { url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

;// CONCATENATED MODULE: ./src/inputs.ts
/** Every input the action reads; a test keeps this list, action.yml and the README in agreement. */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'user-ids',
    'user-logins',
    'group-ids',
    'targets-file',
    'box-token',
    'box-client-id',
    'box-client-secret',
    'box-enterprise-id',
    'box-user-id',
    'box-jwt-config',
    'base-url',
    'dry-run',
    'max-retries',
    'request-timeout',
    'job-summary'
]));
/** Defaults that apply when a value is empty, as when the action runs outside a runner. */
const INPUT_DEFAULTS = {
    'base-url': 'https://api.box.com',
    'dry-run': 'false',
    'max-retries': '5',
    'request-timeout': '30',
    'job-summary': 'true'
};
/** Every output the action sets. */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && (['message', 'users-message', 'groups-message', 'result']));

;// CONCATENATED MODULE: ./src/lists.ts

/**
 * Splits one list input as a workflow author may write it: separated by commas, spaces or
 * newlines, or a JSON array of strings or numbers. Entries are trimmed and empties dropped.
 */
function splitList(raw, source) {
    const text = raw.trim();
    if (text === '')
        return { entries: [], problems: [] };
    if (!text.startsWith('[')) {
        return { entries: text.split(/[\s,]+/).filter(e => e !== ''), problems: [] };
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        parsed = undefined;
    }
    if (!Array.isArray(parsed)) {
        return { entries: [], problems: [`${source}: starts with "[" but is not a valid JSON array`] };
    }
    return jsonListItems(parsed, source);
}
/** The entries of a parsed JSON array: strings trimmed, whole numbers as digits, anything else a problem. */
function jsonListItems(items, source) {
    const entries = [];
    const problems = [];
    for (let index = 0; index < items.length; index++) {
        const item = items[index];
        if (typeof item === 'string') {
            const trimmed = item.trim();
            if (trimmed !== '')
                entries.push(trimmed);
        }
        else if (typeof item === 'number' && Number.isSafeInteger(item) && item >= 0) {
            entries.push(String(item));
        }
        else {
            const shown = quoteEntry(JSON.stringify(item) ?? String(item));
            problems.push(`${source}: item ${index + 1} of the JSON array is ${shown}, not a string or a whole number`);
        }
    }
    return { entries, problems };
}
const ID = /^[0-9]+$/;
// A login: something before one "@", then two or more dot-separated labels; whitespace, control
// characters and the Unicode line separators nowhere. One test decides; the reasons below only
// explain a refusal.
/* eslint-disable no-control-regex -- matching control characters is the point */
const LOGIN = /^[^@\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+@[^@.\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+(?:\.[^@.\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+)+$/;
const FORBIDDEN_IN_LOGIN = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/* eslint-enable no-control-regex */
function loginProblem(login) {
    if (LOGIN.test(login))
        return undefined;
    if (FORBIDDEN_IN_LOGIN.test(login))
        return 'contains whitespace or a control character';
    const parts = login.split('@');
    if (parts.length !== 2)
        return 'must contain exactly one "@"';
    if (parts[0] === '')
        return 'has nothing before the "@"';
    return 'needs a domain such as example.com after the "@"';
}
function idProblem(id) {
    return ID.test(id) ? undefined : 'is not a Box ID (digits only)';
}
/** Names every bad entry of a group with where it came from. */
function validateGroup(group) {
    const valid = group.kind === 'user-logins' ? LOGIN : ID;
    const explain = group.kind === 'user-logins' ? loginProblem : idProblem;
    const problems = [];
    const { values } = group;
    for (let index = 0; index < values.length; index++) {
        const value = values[index];
        if (!valid.test(value)) {
            problems.push(`${group.where(index)}: ${quoteEntry(value)} ${explain(value)}`);
        }
    }
    return problems;
}
// eslint-disable-next-line no-control-regex -- any character outside ASCII lower case may change
const MAY_HAVE_CAPITALS = /[^\u0000-\u0040\u005b-\u007f]/;
/** Removes duplicates keeping the first-seen order; logins compare case-insensitively. */
function dedupe(kind, entries) {
    const keys = kind === 'user-logins' ? lowerCased(entries) : entries;
    // Long lists rarely hold duplicates: a Set built natively says so without a loop.
    if (new Set(keys).size === entries.length)
        return entries.slice();
    const seen = new Set();
    const result = [];
    for (let index = 0; index < entries.length; index++) {
        const key = keys[index];
        if (!seen.has(key)) {
            seen.add(key);
            result.push(entries[index]);
        }
    }
    return result;
}
/** The logins in lower case: joined, lower-cased and split again, three native calls in all. */
function lowerCased(logins) {
    const joined = logins.join('\n');
    if (!MAY_HAVE_CAPITALS.test(joined))
        return logins;
    const keys = joined.toLowerCase().split('\n');
    // A line break inside a login (refused elsewhere) would shift the keys: lower-case one by one.
    return keys.length === logins.length ? keys : logins.map(login => login.toLowerCase());
}

;// CONCATENATED MODULE: ./src/targets-file.ts


const CSV_COLUMNS = {
    user_id: 'user-ids',
    user_login: 'user-logins',
    group_id: 'group-ids'
};
const JSON_KEYS = {
    user_ids: 'user-ids',
    user_logins: 'user-logins',
    group_ids: 'group-ids'
};
/**
 * Reads the content of a `targets-file`: a JSON object of arrays, or a CSV file whose header
 * names any of the columns user_id, user_login and group_id (one target per cell).
 */
function parseTargetsFile(content, name) {
    const text = content.replace(/^\uFEFF/, '');
    return text.trimStart().startsWith('{') ? parseJson(text, name) : parseCsv(text, name);
}
function parseJson(text, name) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { groups: [], problems: [`${name}: starts with "{" but is not valid JSON`] };
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        return { groups: [], problems: [`${name}: is not a JSON object`] };
    }
    const groups = [];
    const problems = [];
    for (const [key, value] of Object.entries(json)) {
        const kind = JSON_KEYS[key];
        if (!kind) {
            problems.push(`${name}: unknown key ${quoteEntry(key)} (expected user_ids, user_logins, group_ids)`);
            continue;
        }
        if (!Array.isArray(value)) {
            problems.push(`${name}: ${key} must be an array`);
            continue;
        }
        const source = `${name} ${key}`;
        const list = jsonListItems(value, source);
        problems.push(...list.problems);
        groups.push({ kind, values: list.entries, where: () => source });
    }
    return { groups, problems };
}
function parseCsv(text, name) {
    const { rows, problem } = text.includes('"') ? csvRows(text) : unquotedCsvRows(text);
    if (problem)
        return { groups: [], problems: [`${name}: ${problem}`] };
    const header = rows[0];
    if (!header)
        return { groups: [], problems: [] };
    const columns = header.cells.map(c => CSV_COLUMNS[c.trim().toLowerCase()]);
    const unknown = header.cells.filter((_, i) => !columns[i]);
    if (unknown.length > 0 || columns.length === 0) {
        return {
            groups: [],
            problems: [
                `${name} line ${header.line}: the header must name only the columns user_id, user_login, group_id; unknown: ${unknown.map(c => quoteEntry(c)).join(', ')}`
            ]
        };
    }
    // One group per column: the values and the line each came from.
    const groups = header.cells.map((cell, i) => {
        const lines = [];
        const column = cell.trim();
        return {
            lines,
            group: {
                kind: columns[i],
                values: [],
                where: (index) => `${name} line ${lines[index]} (${column})`
            }
        };
    });
    const problems = [];
    for (const row of rows) {
        if (row === header)
            continue;
        if (row.cells.length > columns.length) {
            problems.push(`${name} line ${row.line}: has ${row.cells.length} cells, the header names ${columns.length}`);
            continue;
        }
        for (let i = 0; i < row.cells.length; i++) {
            const value = row.cells[i].trim();
            const column = groups[i];
            if (value !== '' && column) {
                column.group.values.push(value);
                column.lines.push(row.line);
            }
        }
    }
    return { groups: groups.map(c => c.group), problems };
}
const hasContent = (row) => row.cells.some(c => c.trim() !== '');
/**
 * The rows of a CSV text with no quote character, where no cell can hold a comma or a line
 * break: native splits give the same rows as csvRows, several times faster on long files.
 */
function unquotedCsvRows(text) {
    // Splitting on a string is much faster than on a regular expression.
    const lines = text.includes('\r') ? text.split(/\r\n|\n|\r/) : text.split('\n');
    const oneColumn = !text.includes(',');
    const rows = [];
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const row = { line: index + 1, cells: oneColumn ? [line] : line.split(',') };
        if (hasContent(row))
            rows.push(row);
    }
    return { rows };
}
/** RFC 4180 rows with the line each starts on; quoted cells may hold commas, quotes and newlines. */
function csvRows(text) {
    const rows = [];
    let cells = [];
    let cell = '';
    let line = 1;
    let rowLine = 1;
    let quoted = false;
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"') {
                if (text[i + 1] === '"') {
                    cell += '"';
                    i += 2;
                    continue;
                }
                quoted = false;
            }
            else {
                if (ch === '\n')
                    line++;
                cell += ch;
            }
            i++;
            continue;
        }
        if (ch === '"' && cell.trim() === '') {
            quoted = true;
            cell = '';
        }
        else if (ch === ',') {
            cells.push(cell);
            cell = '';
        }
        else if (ch === '\n' || ch === '\r') {
            cells.push(cell);
            rows.push({ line: rowLine, cells });
            cells = [];
            cell = '';
            if (ch === '\r' && text[i + 1] === '\n')
                i++;
            line++;
            rowLine = line;
        }
        else {
            cell += ch;
        }
        i++;
    }
    if (quoted)
        return { rows, problem: `a quoted cell that starts on line ${rowLine} never ends` };
    if (cell !== '' || cells.length > 0) {
        cells.push(cell);
        rows.push({ line: rowLine, cells });
    }
    return { rows: rows.filter(hasContent) };
}

;// CONCATENATED MODULE: ./src/settings.ts








const TARGET_KINDS = ['user-ids', 'user-logins', 'group-ids'];
const MAX_RETRIES_LIMIT = 10;
const REQUEST_TIMEOUT_LIMIT_S = 300;
/** Turns the raw inputs into one typed settings object, or throws one InputError listing every problem. */
function parseSettings(read, files) {
    const value = (name) => read(name) || INPUT_DEFAULTS[name] || '';
    const problems = [];
    const groups = [];
    for (const kind of TARGET_KINDS) {
        const list = splitList(read(kind), kind);
        problems.push(...list.problems);
        groups.push({ kind, values: list.entries, where: () => kind });
    }
    const file = read('targets-file');
    if (file) {
        const loaded = loadTargetsFile(file, files);
        problems.push(...loaded.problems);
        groups.push(...loaded.groups);
    }
    for (const group of groups)
        problems.push(...validateGroup(group));
    // concat copies whole arrays at once; flatMap went entry by entry.
    const all = (kind) => dedupe(kind, [].concat(...groups.filter(g => g.kind === kind).map(g => g.values)));
    const targets = {
        userIds: all('user-ids'),
        userLogins: all('user-logins'),
        groupIds: all('group-ids')
    };
    if (groups.every(g => g.values.length === 0) && problems.length === 0) {
        problems.push('no targets: set at least one of user-ids, user-logins, group-ids or targets-file');
    }
    const auth = parseAuth(read);
    problems.push(...auth.problems);
    const baseUrl = parseBaseUrl(value('base-url'));
    if (baseUrl.problem)
        problems.push(baseUrl.problem);
    const dryRun = parseBoolean('dry-run', value('dry-run'), problems);
    const jobSummary = parseBoolean('job-summary', value('job-summary'), problems);
    const retriesText = value('max-retries');
    const maxRetries = Number(retriesText);
    if (!/^[0-9]+$/.test(retriesText) || maxRetries > MAX_RETRIES_LIMIT) {
        problems.push(`max-retries: must be a whole number from 0 to ${MAX_RETRIES_LIMIT}`);
    }
    const timeoutText = value('request-timeout');
    const timeoutS = Number(timeoutText);
    if (!/^[0-9]+$/.test(timeoutText) || timeoutS < 1 || timeoutS > REQUEST_TIMEOUT_LIMIT_S) {
        problems.push(`request-timeout: must be a whole number of seconds from 1 to ${REQUEST_TIMEOUT_LIMIT_S}`);
    }
    if (problems.length > 0 || !auth.auth || !baseUrl.url)
        throw new InputError(problems);
    return {
        targets,
        auth: auth.auth,
        baseUrl: baseUrl.url,
        dryRun,
        maxRetries,
        requestTimeoutMs: timeoutS * 1000,
        jobSummary
    };
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function parseBoolean(name, text, problems) {
    if (TRUE.includes(text))
        return true;
    if (!FALSE.includes(text))
        problems.push(`${name}: must be true or false`);
    return false;
}
function loadTargetsFile(file, files) {
    const shown = quoteEntry(file);
    try {
        const workspace = files.realPath(files.workspace);
        const real = files.realPath(external_node_path_default().resolve(workspace, file));
        const relative = external_node_path_default().relative(workspace, real);
        if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
            return { groups: [], problems: [`targets-file: ${shown} is not inside the workspace`] };
        }
        return parseTargetsFile(files.readText(real), 'targets-file');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`;
        return { groups: [], problems: [`targets-file: ${shown}: ${reason} in the workspace`] };
    }
}

;// CONCATENATED MODULE: ./src/box-client.ts



/**
 * One Box API call: retries on 429, 5xx and network errors, and with CCG or JWT gets a new
 * token once after a 401. Never throws; a failure is described in the result.
 */
async function callBox(deps, method, endpoint, body, onRetry) {
    const started = deps.retry.clock.now();
    const elapsed = () => deps.retry.clock.now() - started;
    let attempts = 0;
    // Built once: a retried request sends the same bytes (a 50,000-target body is 1 MB of JSON).
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers = {
        Accept: 'application/json',
        'User-Agent': deps.userAgent,
        ...(payload === undefined ? {} : { 'Content-Type': 'application/json' })
    };
    try {
        let token = await deps.tokens.get();
        let renewed = false;
        for (;;) {
            const outcome = await withRetries(timeoutMs => deps.transport({
                method,
                url: `${deps.baseUrl}/2.0/${endpoint}`,
                headers: { ...headers, Authorization: `Bearer ${token}` },
                body: payload
            }, timeoutMs), deps.retry, onRetry);
            attempts += outcome.attempts;
            const { last } = outcome;
            if (last.kind === 'network') {
                const why = outcome.outOfTime ? ' (the run ran out of time)' : '';
                return {
                    ok: false,
                    error: `Box API ${endpoint}${why}: ${noResponse(attempts, last.error)}`,
                    attempts,
                    durationMs: elapsed()
                };
            }
            const response = last.response;
            if (response.status === 401 && deps.tokens.canRenew && !renewed) {
                renewed = true;
                token = await deps.tokens.renew(token);
                continue;
            }
            if (response.status >= 200 && response.status < 300) {
                const json = parseJsonObject(response.body);
                return {
                    ok: true,
                    status: response.status,
                    json,
                    requestId: requestIdHeader(response),
                    attempts,
                    durationMs: elapsed(),
                    warning: json
                        ? undefined
                        : `Box answered ${response.status} on ${endpoint} without a JSON body; the call succeeded but Box sent no message`
                };
            }
            const why = outcome.outOfTime ? ' (stopped retrying: the run ran out of time)' : '';
            return {
                ok: false,
                status: response.status,
                error: formatHttpFailure(endpoint, response, attempts, deps.tokens.method) + why,
                requestId: readErrorBody(response).requestId,
                attempts,
                durationMs: elapsed()
            };
        }
    }
    catch (error) {
        if (!(error instanceof AuthError))
            throw error;
        return { ok: false, error: error.message, attempts, durationMs: elapsed() };
    }
}

;// CONCATENATED MODULE: ./src/terminate.ts


/** The requests the targets need: users (ids and logins together) and groups, each only when used. */
function planTerminations(targets) {
    const requests = [];
    if (targets.userIds.length > 0 || targets.userLogins.length > 0) {
        requests.push({
            name: 'users',
            endpoint: 'users/terminate_sessions',
            // Box's API marks both arrays required, so an unused one is sent empty.
            body: { user_ids: targets.userIds, user_logins: targets.userLogins }
        });
    }
    if (targets.groupIds.length > 0) {
        requests.push({
            name: 'groups',
            endpoint: 'groups/terminate_sessions',
            body: { group_ids: targets.groupIds }
        });
    }
    return requests;
}
/** Sends the requests concurrently; one failing does not stop the other. */
function sendTerminations(requests, deps, onRetry) {
    return Promise.all(requests.map(async (request) => {
        const result = await callBox(deps, 'POST', request.endpoint, request.body, notice => onRetry(request.name, notice));
        const base = { ...request, attempts: result.attempts, durationMs: result.durationMs };
        if (!result.ok) {
            return {
                ...base,
                ok: false,
                status: result.status,
                message: '',
                requestId: result.requestId,
                error: result.error
            };
        }
        const message = result.json?.message;
        return {
            ...base,
            ok: true,
            status: result.status,
            message: typeof message === 'string' ? safeText(message) : '',
            requestId: result.requestId,
            warning: result.warning
        };
    }));
}

;// CONCATENATED MODULE: ./src/version.ts
const ACTION_NAME = 'terminate-box-sessions';
const ACTION_VERSION = '1.0.0';
const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION} (+https://github.com/marketplace/actions/terminate-box-sessions)`;

;// CONCATENATED MODULE: ./src/whoami.ts


/** Who the token acts as, from GET /2.0/users/me: what a dry run reports. */
async function whoAmI(deps, onRetry) {
    const result = await callBox(deps, 'GET', 'users/me?fields=id,name,login,role', undefined, onRetry);
    if (!result.ok)
        return { error: result.error };
    const text = (v) => typeof v === 'string' || typeof v === 'number' ? safeText(String(v)) : '';
    return {
        identity: {
            id: text(result.json?.id),
            name: text(result.json?.name),
            login: text(result.json?.login),
            role: text(result.json?.role)
        }
    };
}

;// CONCATENATED MODULE: ./src/main.ts


// Only the Context class of @actions/github: the package entry loads Octokit, which this action
// never uses (tsconfig.json maps this name to the class's own file).

















async function run() {
    try {
        await runSteps();
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setFailed(`Unexpected error: ${safeText(message)}`);
    }
}
async function runSteps() {
    const read = name => getInput(name);
    // Before anything is printed: the runner hides registered values in every later log line.
    secretInputs(read).flatMap(maskParts).forEach(setSecret);
    let settings;
    try {
        settings = parseSettings(read, {
            workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
            realPath: file => external_node_fs_default().realpathSync(file),
            readText: file => external_node_fs_default().readFileSync(file, 'utf8')
        });
    }
    catch (error) {
        if (error instanceof InputError)
            return setFailed(error.message);
        throw error;
    }
    const budgetMs = runBudgetMs(settings.maxRetries, settings.requestTimeoutMs);
    const watchdog = setTimeout(() => {
        setFailed(`The run did not finish within its ${budgetMs / 1000} s budget`);
        process.exit(1);
    }, budgetMs + 5_000);
    watchdog.unref();
    const report = await execute(settings, budgetMs);
    logReport(report);
    for (const result of report.results)
        if (result.warning)
            warning(result.warning);
    for (const [name, value] of Object.entries(buildOutputs(report)))
        setOutput(name, value);
    if (settings.jobSummary)
        writeSummary(report);
    const errors = [report.error, ...report.results.map(r => r.error)].filter(Boolean);
    if (failed(report))
        setFailed(errors.join('\n'));
    clearTimeout(watchdog);
}
async function execute(settings, budgetMs) {
    const retry = {
        maxRetries: settings.maxRetries,
        requestTimeoutMs: settings.requestTimeoutMs,
        clock: systemClock,
        deadline: systemClock.now() + budgetMs
    };
    const transport = createTransport(USER_AGENT);
    const tokenRequester = createTokenRequester({
        transport,
        baseUrl: settings.baseUrl,
        retry,
        userAgent: USER_AGENT,
        onToken: token => maskParts(token).forEach(setSecret),
        onRetry: notice => logRetry('oauth2/token', notice)
    });
    const deps = {
        transport,
        baseUrl: settings.baseUrl,
        tokens: createTokenSource(settings.auth, tokenRequester),
        retry,
        userAgent: USER_AGENT
    };
    const requests = planTerminations(settings.targets);
    if (settings.dryRun) {
        const { identity, error } = await whoAmI(deps, notice => logRetry('users/me', notice));
        return { dryRun: true, requests, results: [], identity, error };
    }
    const results = await sendTerminations(requests, deps, (name, notice) => logRetry(`${name}/terminate_sessions`, notice));
    return { dryRun: false, requests, results };
}
function writeSummary(report) {
    const markdown = renderSummary(report, auditContext(new Context(), process.env.GITHUB_REPOSITORY));
    if (!appendSummary(markdown)) {
        info('No job summary written: GITHUB_STEP_SUMMARY is not set');
    }
}


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
