import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 659:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/* eslint-disable @typescript-eslint/no-explicit-any */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HttpClient = exports.HttpClientResponse = exports.HttpClientError = exports.MediaTypes = exports.Headers = exports.HttpCodes = void 0;
exports.getProxyUrl = getProxyUrl;
exports.isHttps = isHttps;
const http = __importStar(__nccwpck_require__(611));
const https = __importStar(__nccwpck_require__(692));
const pm = __importStar(__nccwpck_require__(335));
const tunnel = __importStar(__nccwpck_require__(770));
const undici_1 = __nccwpck_require__(630);
var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (exports.HttpCodes = HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (exports.Headers = Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (exports.MediaTypes = MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
exports.HttpClientError = HttpClientError;
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
exports.HttpClientResponse = HttpClientResponse;
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
exports.HttpClient = HttpClient;
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 335:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getProxyUrl = getProxyUrl;
exports.checkBypass = checkBypass;
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

/***/ }),

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 272:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ asciiLowerCase)
/* harmony export */ });
/** The text with A\u2013Z lower-cased and nothing else: how Box compares logins. */
function asciiLowerCase(text) {
    // Stryker disable next-line ConditionalExpression: a shortcut; text without A\u2013Z folds to itself
    if (!/[A-Z]/.test(text))
        return text;
    // Only in ASCII text is toLowerCase() the same as folding A\u2013Z (it changes other letters too).
    // Stryker disable next-line Regex: text that takes the other way for nothing folds the same
    return /[\u0080-\uffff]/.test(text)
        ? // Stryker disable next-line Regex: a run of capitals folds as its letters one by one
            text.replace(/[A-Z]+/g, run => run.toLowerCase())
        : text.toLowerCase();
}


/***/ }),

/***/ 347:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ facts),
/* harmony export */   JN: () => (/* binding */ readAnswer),
/* harmony export */   Qq: () => (/* binding */ text)
/* harmony export */ });
/**
 * The answer with its JSON read by `read`. A 2xx without a readable body, or one `read` cannot make
 * sense of, is a failure: a lookup must not guess.
 */
function readAnswer(answer, read, what) {
    if (!answer.ok)
        return answer;
    const value = answer.value && read(answer.value);
    if (value !== undefined)
        return { ...facts(answer), ok: true, value };
    const why = answer.warning ??
        (answer.redactedFields
            ? `a credential the action holds matched the ${answer.redactedFields.join(', ')} field of Box's answer on ${what} and was removed from it, so the answer could not be read`
            : `Box's answer on ${what} could not be read`);
    return { ...facts(answer), ok: false, error: why };
}
/** The facts of an answer, without its value or failure. */
function facts(answer) {
    const { status, requestId, attempts, durationMs, answeredAt, sent, redactedFields } = answer;
    return {
        status,
        requestId,
        attempts,
        durationMs,
        answeredAt,
        sent,
        ...(redactedFields ? { redactedFields } : {})
    };
}
/** A string field of Box's JSON; IDs may come as numbers. */
function text(value) {
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}


/***/ }),

/***/ 905:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ USERS_TERMINATE),
/* harmony export */   ti: () => (/* binding */ GROUPS_TERMINATE),
/* harmony export */   x2: () => (/* binding */ terminateSessions)
/* harmony export */ });
/* harmony import */ var _failure_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(615);

/** POST /2.0/users/terminate_sessions: users by ID and by login. */
const USERS_TERMINATE = {
    name: 'users',
    path: 'users/terminate_sessions',
    bodyKeys: ['user_ids', 'user_logins']
};
/** POST /2.0/groups/terminate_sessions: every member of the groups. */
const GROUPS_TERMINATE = {
    name: 'groups',
    path: 'groups/terminate_sessions',
    bodyKeys: ['group_ids']
};
/**
 * Why a 2xx is not Box's acceptance, if it is not: Box accepted a request only when it answered
 * with a JSON object that is not its error body and whose `message` is a string. A proxy's page,
 * a catch-all gateway, a cut or oversized body, Box's error body or a 207 accept nothing.
 */
function acceptanceProblem(response) {
    if (response.status === 207)
        return 'a 207 (Multi-Status) accepts no request whole';
    if (response.bodyProblem)
        return `its body did not arrive whole (${response.bodyProblem})`;
    const json = response.json;
    if (!json) {
        const type = response.headers['content-type'];
        const start = response.bodyStart
            ? `, and begins ${JSON.stringify(response.bodyStart.slice(0, _failure_text_js__WEBPACK_IMPORTED_MODULE_0__/* .QUOTED_LENGTH */ .a7))}`
            : '';
        return `its body is not a JSON object${type ? ` (${type.slice(0, _failure_text_js__WEBPACK_IMPORTED_MODULE_0__/* .QUOTED_LENGTH */ .a7)})` : ''}${start}`;
    }
    if (json.type === 'error') {
        const { code, message } = (0,_failure_text_js__WEBPACK_IMPORTED_MODULE_0__/* .readErrorBody */ .Nk)(response);
        const said = [code, message].filter(Boolean).join(': ').slice(0, _failure_text_js__WEBPACK_IMPORTED_MODULE_0__/* .QUOTED_LENGTH */ .a7);
        return `its body is Box's error body${said ? ` (${said})` : ''}`;
    }
    if (typeof json.message !== 'string')
        return 'its body has no message';
    return undefined;
}
/**
 * Ends the sessions of everyone in `lists` (each body key's values). Box queues a job and answers
 * 202 with a message, the answer's value here, exactly as Box wrote it; any other 2xx is not Box's
 * acceptance (acceptanceProblem). An unused list is sent empty, or left out with `omitEmpty`.
 */
async function terminateSessions(client, endpoint, lists, label, omitEmpty = false) {
    const keys = omitEmpty
        ? endpoint.bodyKeys.filter(key => (lists[key]?.length ?? 0) > 0)
        : endpoint.bodyKeys;
    const body = Object.fromEntries(keys.map(key => [key, lists[key] ?? []]));
    const answer = await client.call({
        method: 'POST',
        path: endpoint.path,
        body,
        label,
        refuses: acceptanceProblem
    });
    if (!answer.ok)
        return answer;
    const message = answer.value?.message;
    return { ...answer, value: typeof message === 'string' ? message : '' };
}


/***/ }),

/***/ 615:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ readErrorBody),
/* harmony export */   U4: () => (/* binding */ describeHttpFailure),
/* harmony export */   a7: () => (/* binding */ QUOTED_LENGTH),
/* harmony export */   kC: () => (/* binding */ requestIdHeader),
/* harmony export */   rR: () => (/* binding */ isBoxNotFound)
/* harmony export */ });
/* unused harmony export statusHint */
/** How much of the text that came back a failure line quotes. */
const QUOTED_LENGTH = 300;
/** Reads Box's ClientError body (type, code, message, request_id) from an answer. */
function readErrorBody(response) {
    const json = response.json;
    const field = (v) => typeof v === 'string' && v !== '' ? v : undefined;
    return {
        isBoxError: json?.type === 'error',
        code: field(json?.code),
        message: field(json?.message),
        requestId: field(json?.request_id) ?? requestIdHeader(response)
    };
}
/** Whether Box itself said the object does not exist: a 404 with Box's error body, code not_found. */
function isBoxNotFound(response) {
    const body = readErrorBody(response);
    return response.status === 404 && body.isBoxError && body.code === 'not_found';
}
function requestIdHeader(response) {
    return response.headers['box-request-id'] || undefined;
}
/** What to check after a failure, for the status and the path it came on. */
function statusHint(status, path, auth, fromBox) {
    // What the request manages, from its path's first segment: "users", "groups".
    const what = /^[a-z_]+/.exec(path)?.[0] ?? 'users';
    if (!fromBox && status === 404) {
        return 'this 404 did not carry Box\u2019s error body, so a proxy or gateway may have sent it, and it says nothing of the target; check base-url and the runner\u2019s proxy';
    }
    if (status === 401) {
        return auth === 'token'
            ? 'the access token in box-token is invalid or has expired; create a new one, or use client credentials or JWT so the action gets a fresh token each run'
            : 'Box refused a freshly issued token; check that the app is authorised in the Admin Console and not disabled';
    }
    if (status === 403) {
        return `the account the action acts as must be a Box admin or co-admin allowed to manage ${what}, and the app needs the "Manage ${what}" scope (re-authorise the app in the Admin Console after changing scopes)`;
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
function describeHttpFailure(path, response, attempts, auth) {
    const { isBoxError, code, message, requestId } = readErrorBody(response);
    const status = response.status;
    if (status >= 300 && status < 400) {
        // Shown as it came (redacted, cut), never parsed: a parsed URL is not the text redacted.
        const location = response.headers['location']?.slice(0, QUOTED_LENGTH);
        return `Box API ${status} redirect on ${path}${location ? ` to ${location}` : ''}: redirects are not followed, so the token never leaves base-url; check base-url`;
    }
    let line = `Box API ${status}${code ? ` ${code}` : ''} on ${path}`;
    if (message)
        line += `: ${message}`;
    if (requestId)
        line += ` (request id ${requestId})`;
    if (attempts > 1)
        line += ` after ${attempts} attempts`;
    const hint = statusHint(status, path, auth, isBoxError);
    return hint ? `${line}. Hint: ${hint}` : line;
}


/***/ }),

/***/ 725:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ readEntries),
/* harmony export */   P9: () => (/* binding */ LOOKUP_USER_FIELDS),
/* harmony export */   UR: () => (/* binding */ GROUP_FIELDS),
/* harmony export */   Ub: () => (/* binding */ readTotalCount),
/* harmony export */   Ue: () => (/* binding */ readUser),
/* harmony export */   ce: () => (/* binding */ USER_FIELDS),
/* harmony export */   iY: () => (/* binding */ readGroup),
/* harmony export */   ut: () => (/* binding */ readEnterprise)
/* harmony export */ });
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(347);

/** The user fields every user lookup and listing asks for (the `fields` query parameter). */
const USER_FIELDS = ['id', 'name', 'login', 'status', 'role'];
/**
 * A lookup one by one also asks for the user's enterprise: it may find a user of another
 * enterprise (an external collaborator), whom no listing of the enterprise holds.
 */
const LOOKUP_USER_FIELDS = [...USER_FIELDS, 'enterprise'];
/** The group fields every group lookup and listing asks for. */
const GROUP_FIELDS = ['id', 'name'];
/** A user from Box's JSON; undefined when it carries no ID. */
function readUser(json) {
    const id = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(json.id);
    if (id === '')
        return undefined;
    const user = {
        id,
        name: (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(json.name),
        login: (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(json.login),
        status: (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(json.status),
        role: (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(json.role)
    };
    const enterprise = readEnterprise(json);
    if (enterprise !== undefined)
        user.enterprise = enterprise;
    return user;
}
/** The ID of the enterprise a user's JSON names: '' for `null` (none), undefined when not said. */
function readEnterprise(json) {
    const enterprise = json.enterprise;
    if (enterprise === null)
        return '';
    if (typeof enterprise !== 'object' || Array.isArray(enterprise))
        return undefined;
    const id = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(enterprise.id);
    return id === '' ? undefined : id;
}
/** A group from Box's JSON; undefined when it carries no ID. */
function readGroup(json) {
    const id = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(json.id);
    return id === '' ? undefined : { id, name: (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(json.name) };
}
/** The objects of a page's `entries` that `read` accepts; undefined when there is no list. */
function readEntries(json, read) {
    if (!Array.isArray(json.entries))
        return undefined;
    const found = [];
    for (const entry of json.entries) {
        const value = typeof entry === 'object' && entry !== null && !Array.isArray(entry)
            ? read(entry)
            : undefined;
        if (value !== undefined)
            found.push(value);
    }
    return found;
}
/** Box's `total_count` of an offset-paged answer, when it is a count. */
function readTotalCount(json) {
    const total = json.total_count;
    return typeof total === 'number' && Number.isSafeInteger(total) && total >= 0 ? total : undefined;
}


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ countEntries),
/* harmony export */   Lx: () => (/* binding */ MAX_SEARCH_PAGES),
/* harmony export */   Rk: () => (/* binding */ MAX_LISTING_PAGES),
/* harmony export */   d6: () => (/* binding */ MAX_OFFSET),
/* harmony export */   fA: () => (/* binding */ countedBound),
/* harmony export */   mH: () => (/* binding */ readOffsetPages),
/* harmony export */   md: () => (/* binding */ PAGE_SIZE),
/* harmony export */   tg: () => (/* binding */ readMarkerPages)
/* harmony export */ });
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(347);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(725);


/** Box's largest page for the listings this action reads. */
const PAGE_SIZE = 1000;
/** Box refuses an offset past this. */
const MAX_OFFSET = 10_000;
/** The most pages an enterprise listing reads when Box gave no count to bound it by. */
const MAX_LISTING_PAGES = 10_000;
/** The most pages a search for one login reads. */
const MAX_SEARCH_PAGES = 20;
/** The bound of a listing Box counted: its count plus max(1,000, 1 %) entries, and their pages. */
function countedBound(count) {
    const entries = count + Math.max(1000, Math.ceil(count / 100));
    return { entries, pages: Math.ceil(entries / PAGE_SIZE) + 1 };
}
/**
 * Reads a marker-paged listing (`usemarker=true`, then `marker`), handing each page's entries to
 * `onPage`, until Box gives no next marker, a page holds no entries, or `onPage` returns true.
 * Any failed page fails the whole read, and so does passing `bound` or a page that holds only the
 * IDs of the page before (`idOf`): Box paging without end.
 */
async function readMarkerPages(client, call, read, onPage, bound, idOf) {
    const totals = running();
    let marker;
    const seen = new Set();
    let before = new Set();
    let entriesRead = 0;
    for (;;) {
        const query = { ...call.query, usemarker: true, limit: PAGE_SIZE };
        const answer = await client.call({ ...call, query: marker ? { ...query, marker } : query });
        totals.add(answer);
        if (!answer.ok)
            return { ...answer, ...totals.summed() };
        const page = answer.value;
        const entries = page && (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .readEntries */ .$2)(page, read);
        if (!page || !entries)
            return totals.failure(answer.warning ?? `Box's page of ${call.path} has no entries`);
        const ids = new Set(entries.map(idOf));
        if (entries.length > 0 && [...ids].every(id => before.has(id)))
            return totals.failure(`Box gave the same page twice while paging ${call.path}`);
        before = ids;
        entriesRead += entries.length;
        if (onPage(entries) === true)
            return { ok: true, value: { complete: false, pages: totals.calls }, ...totals.summed() };
        const next = typeof page.next_marker === 'string' ? page.next_marker : '';
        if (next === '' || entries.length === 0)
            return { ok: true, value: { complete: true, pages: totals.calls }, ...totals.summed() };
        if (seen.has(next))
            return totals.failure(`Box gave the same marker twice while paging ${call.path}`);
        const passed = bound.entries !== undefined && entriesRead > bound.entries
            ? `${bound.entries} entries (Box's count and a margin)`
            : totals.calls >= bound.pages
                ? `${bound.pages} pages`
                : undefined;
        if (passed)
            return totals.failure(`the read of ${call.path} reached its page bound, ${passed}, and Box still gave a next page, so it was stopped there`);
        seen.add(next);
        marker = next;
    }
}
/**
 * Reads an offset-paged listing, handing each page's entries to `onPage`. The offset advances by
 * the `limit` Box answered when it is a positive integer, else by the entries received; a page of
 * no entries ends the listing. Box refuses offsets past 10,000, so a listing longer than that is
 * read only in part (`complete: false`); so is one that passes `bound`.
 */
async function readOffsetPages(client, call, read, onPage, bound) {
    const totals = running();
    for (let offset = 0;;) {
        const answer = await client.call({
            ...call,
            query: { ...call.query, limit: PAGE_SIZE, offset }
        });
        totals.add(answer);
        if (!answer.ok)
            return { ...answer, ...totals.summed() };
        const page = answer.value;
        const entries = page && (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .readEntries */ .$2)(page, read);
        const total = page && (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .readTotalCount */ .Ub)(page);
        if (!page || !entries || total === undefined) {
            return totals.failure(answer.warning ?? `Box's page of ${call.path} has no entries or total_count`);
        }
        onPage(entries);
        const limit = page.limit;
        const step = typeof limit === 'number' && Number.isSafeInteger(limit) && limit > 0 ? limit : entries.length;
        const end = offset + step;
        if (end >= total || entries.length === 0) {
            return { ok: true, value: { complete: true, pages: totals.calls }, ...totals.summed() };
        }
        if (end > MAX_OFFSET || totals.calls >= bound.pages) {
            return { ok: true, value: { complete: false, pages: totals.calls }, ...totals.summed() };
        }
        offset = end;
    }
}
/** Box's total_count of a listing, from one offset-paged request for one entry. */
async function countEntries(client, call) {
    const answer = await client.call({ ...call, query: { ...call.query, limit: 1, offset: 0 } });
    if (!answer.ok)
        return answer;
    const total = answer.value && (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .readTotalCount */ .Ub)(answer.value);
    if (total === undefined) {
        const error = answer.warning ?? `Box's answer on ${call.path} has no total_count`;
        return { ...(0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .facts */ .Ix)(answer), ok: false, error };
    }
    return { ...(0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .facts */ .Ix)(answer), ok: true, value: total };
}
/** The facts of a read of many pages, kept as running totals rather than one per page. */
function running() {
    let last = { attempts: 0, durationMs: 0, sent: false };
    let attempts = 0;
    let durationMs = 0;
    let sent = false;
    let calls = 0;
    const redacted = new Set();
    const summed = () => ({
        ...(0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .facts */ .Ix)(last),
        attempts,
        durationMs,
        sent,
        ...(redacted.size > 0 ? { redactedFields: [...redacted] } : {})
    });
    return {
        get calls() {
            return calls;
        },
        add(answer) {
            calls++;
            last = answer;
            attempts += answer.attempts;
            durationMs += answer.durationMs;
            sent ||= answer.sent;
            for (const field of answer.redactedFields ?? [])
                redacted.add(field);
        },
        summed,
        failure: (error) => ({ ok: false, error, ...summed() })
    };
}


/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch)
/* harmony export */ });
// The bundle's stand-in for undici (tsconfig.json maps the name here). @actions/http-client and
// @actions/github import undici for fetch and proxy dispatchers that this action never uses; the
// real package would double the start-up time and memory (docs/benchmarks.md). @actions/github
// builds a ProxyAgent when it loads behind a proxy, so building one works; using anything throws.
function unavailable() {
    throw new Error('undici is not bundled with terminate-box-sessions');
}
class ProxyAgent {
    dispatch() {
        return unavailable();
    }
}
const fetch = unavailable;


/***/ }),

/***/ 816:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ signalsReceived)
/* harmony export */ });
// The entry imports this module before any other is evaluated. Until it is, a SIGINT or SIGTERM
// from the runner would end the process at once, with no output, summary or annotation: from here
// on such a signal is kept, and the run acts on it once it can (main.ts).
const received = [];
const keep = (signal) => void received.push(signal);
process.on('SIGINT', keep);
process.on('SIGTERM', keep);
/** The signals received since the action started. */
function signalsReceived() {
    return received;
}


/***/ }),

/***/ 407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _early_signals_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(816);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(101);
// early-signals is imported first, so it is evaluated before main.js and everything it imports.


await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)({ signalsReceived: _early_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .signalsReceived */ .Z });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
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
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./src/bundle-stubs/undici.ts
var undici = __nccwpck_require__(630);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary_summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(613);
;// CONCATENATED MODULE: ./node_modules/@actions/core/node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/core/node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ./src/inputs.ts
/** Every input the action reads; a test keeps this list, action.yml and the README in agreement. */
const INPUT_NAMES = [
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
    'job-summary',
    'verify-targets',
    'fail-on-unknown',
    'batch-size'
];
/** The inputs that hold credentials: masked before anything is printed, never shown. */
const SECRET_INPUTS = ['box-token', 'box-client-secret', 'box-jwt-config'];
/** action.yml's defaults, applied when a value is empty, as when the action runs outside a runner. */
const INPUT_DEFAULTS = {
    'base-url': 'https://api.box.com',
    'dry-run': 'false',
    'max-retries': '5',
    'request-timeout': '30',
    'job-summary': 'true',
    'verify-targets': 'auto',
    'fail-on-unknown': 'true',
    'batch-size': '1000'
};
/** Every output the action sets. */
const OUTPUT_NAMES = [
    'message',
    'users-message',
    'groups-message',
    'result',
    'unknown-targets',
    'failed-targets-file',
    'failed-count',
    'report-file'
];

;// CONCATENATED MODULE: ./src/action/inputs.ts


const DEBUG_VALUE_LENGTH = 200;
/**
 * Inputs read through @actions/core, each once, and logged as a debug line (shown with
 * ACTIONS_STEP_DEBUG), as actions/checkout does; a credential is only said to be set.
 */
function runnerInputs() {
    const read = new Map();
    return {
        text: name => {
            let value = read.get(name);
            if (value === undefined) {
                value = getInput(name);
                read.set(name, value);
                core_debug(`input ${name}: ${describeValue(name, value)}`);
            }
            return value;
        },
        boolean: name => getBooleanInput(name)
    };
}
function describeValue(name, value) {
    if (value === '')
        return '(empty)';
    if (SECRET_INPUTS.includes(name))
        return '(set; a secret, not shown)';
    const shown = value.length > DEBUG_VALUE_LENGTH ? `${value.slice(0, DEBUG_VALUE_LENGTH)}\u2026` : value;
    return JSON.stringify(shown);
}

// EXTERNAL MODULE: ./src/targets/kinds.ts + 11 modules
var targets_kinds = __nccwpck_require__(779);
;// CONCATENATED MODULE: ./src/run/batches.ts

/**
 * The batching rule, the one place it is written: each endpoint's targets, in the kinds' order,
 * cut into requests of at most `batchSize` targets (user IDs and logins together), the endpoints'
 * batches interleaved so both make progress. Targets Box confirmed (found by a lookup) never share
 * a request with targets it did not, and their requests go first: a target Box may refuse cannot
 * sink a confirmed one.
 */
function planBatches(entries, batchSize) {
    // Each endpoint's entries in two phases, confirmed first, in one pass that keeps their order.
    const PHASES = 2;
    const byEndpoint = new Map(targets_kinds/* ENDPOINTS */.Hr.map(endpoint => [endpoint, [[], []]]));
    const phasesOf = new Map();
    for (const entry of entries) {
        const kind = entry.target.kind;
        let phases = phasesOf.get(kind);
        // Every kind's endpoint is one of ENDPOINTS (kinds.ts checks the table).
        if (!phases)
            phasesOf.set(kind, (phases = byEndpoint.get((0,targets_kinds/* kindOf */.I)(kind).endpoint) ?? []));
        phases[entry.lookup === 'found' ? 0 : 1]?.push(entry);
    }
    const perEndpoint = targets_kinds/* ENDPOINTS */.Hr.map(endpoint => {
        const pieces = (byEndpoint.get(endpoint) ?? []).map(phase => cut(phase, batchSize));
        const endpointBatches = pieces.reduce((sum, list) => sum + list.length, 0);
        let number = 0;
        return pieces.map(list => list.map((carried) => ({
            endpoint,
            number: ++number,
            endpointBatches,
            entries: carried
        })));
    });
    const batches = [];
    for (let phase = 0; phase < PHASES; phase++) {
        const lists = perEndpoint.map(byPhase => byPhase[phase] ?? []);
        const longest = Math.max(0, ...lists.map(list => list.length));
        for (let i = 0; i < longest; i++) {
            for (const list of lists) {
                const batch = list[i];
                if (batch)
                    batches.push(batch);
            }
        }
    }
    return batches;
}
/** `entries` in pieces of at most `size`, in order. */
function cut(entries, size) {
    const pieces = [];
    for (let i = 0; i < entries.length; i += size)
        pieces.push(entries.slice(i, i + size));
    return pieces;
}
/** What a batch's request body holds: each body key's values, in the batch's order. */
function bodyLists(batch) {
    const lists = {};
    for (const entry of batch.entries)
        (lists[(0,targets_kinds/* kindOf */.I)(entry.target.kind).bodyKey] ??= []).push(sentValue(entry));
    return lists;
}
/**
 * What a request carries for a target: its value as written, or, for a kind sent as the ID Box
 * found, that ID (a target no lookup found is never planned: see settleUnsendable).
 */
function sentValue(entry) {
    return (0,targets_kinds/* kindOf */.I)(entry.target.kind).sends === 'found-id'
        ? (entry.found?.id ?? entry.target.value)
        : entry.target.value;
}
/** The targets the batches carry, one by one, without a list of them all. */
function* batchedTargets(batches) {
    for (const batch of batches)
        for (const entry of batch.entries)
            yield entry.target;
}
/**
 * How the log names a batch: the path alone when its endpoint has one batch; a piece of a refused
 * batch adds its place ("users/terminate_sessions batch 3/10, piece 2").
 */
function batchLabel(batch) {
    const path = batch.endpoint.path;
    const planned = batch.endpointBatches === 1 ? path : `${path} batch ${batch.number}/${batch.endpointBatches}`;
    return batch.piece === undefined ? planned : `${planned}, piece ${batch.piece}`;
}

;// CONCATENATED MODULE: ./src/run/ledger.ts

/** How each target ends: exactly one of these. */
const OUTCOMES = ['accepted', 'not_found', 'failed', 'not_sent', 'covered'];
/** What the lookup before termination said of a target. */
const LOOKUPS = ['found', 'not_found', 'unverified', 'skipped'];
/** For a switch that must name every outcome or lookup state: the compiler finds one left out. */
function unreachable(value) {
    throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
function createLedger(targets, dryRun) {
    return {
        dryRun,
        // The fields most entries get, from the start, so that an entry does not grow as the run
        // records it: a million entries stay small. The rarer fields are added where needed.
        entries: targets.map((target) => ({
            target,
            lookup: 'skipped',
            found: undefined,
            batch: undefined,
            outcome: undefined
        })),
        batches: [],
        splitting: { pieces: 0, notIsolated: 0, notes: [] },
        lookups: { plan: 'none', why: 'not-run' },
        cancelled: false,
        closed: false
    };
}
/** The enterprise the credentials act in: named by them, or as Box said. */
function recordActingEnterprise(ledger, enterprise) {
    ledger.actingEnterprise = enterprise;
}
/**
 * Whether a found user belongs to another enterprise than the one the run acts in (an external
 * collaborator): Box may not end such a user's sessions. Known only when a lookup asked for the
 * user's enterprise and the acting one is known.
 */
function isExternal(entry, ledger) {
    const theirs = entry.found?.enterprise;
    const ours = ledger.actingEnterprise;
    return theirs !== undefined && ours !== undefined && theirs !== ours;
}
/** Who the token acts as, when the run asked (a dry run does). */
function recordIdentity(ledger, identity) {
    ledger.identity = identity;
}
/** How the run chose to look its targets up, before any lookup. */
function recordLookupPlan(ledger, record) {
    ledger.lookups = record;
}
/** A listing of the enterprise that stopped before its end, in a line for the log. */
function recordListingStopped(ledger, line) {
    ledger.lookups = { ...ledger.lookups, stopped: [...(ledger.lookups.stopped ?? []), line] };
}
/** A failure that stops the run before it terminates anything: the token, users/me, strictness. */
function recordStopped(ledger, error) {
    ledger.error = error;
}
/**
 * Records what a lookup said: found, not found (only when Box said so), or unverified. A target a
 * listing already left unverified keeps that reason before the lookup's.
 */
function recordLookup(entry, answer) {
    if (answer.ok) {
        recordFound(entry, answer.value);
    }
    else if (answer.notFound) {
        entry.lookup = 'not_found';
        if (entry.detail !== undefined)
            delete entry.detail;
    }
    else {
        entry.detail =
            entry.lookup === 'unverified' && entry.detail
                ? `${entry.detail}; ${answer.error}`
                : answer.error;
        entry.lookup = 'unverified';
    }
}
/** A target a listing of the enterprise holds: found, as a lookup by ID or login would say. */
function recordFound(entry, object) {
    entry.lookup = 'found';
    entry.found = object;
    if (entry.detail !== undefined)
        delete entry.detail;
}
/** A target Box did not say anything of: why (a listing cut short, a cancelled run). */
function recordUnverified(entry, detail) {
    entry.lookup = 'unverified';
    entry.detail = detail;
}
/** A found group's approximate member count, as Box gave it. */
function recordMembers(entry, members) {
    entry.members = members;
}
/** After the lookups: a target Box itself does not know ends not found, and is not sent. */
function settleNotFound(ledger) {
    for (const entry of ledger.entries) {
        if (entry.lookup === 'not_found')
            entry.outcome = 'not_found';
    }
}
/**
 * Just before the batches are planned: a target whose Box object is also listed by a found target
 * of the kind that covers it (a login whose user is listed by ID) ends covered, and is not sent.
 */
function settleCovered(ledger) {
    const carriers = new Map();
    for (const entry of ledger.entries) {
        if (entry.lookup === 'found')
            carriers.set(`${entry.target.kind} ${entry.target.value}`, entry);
    }
    // Only a found target carries another.
    if (carriers.size === 0)
        return;
    for (const entry of ledger.entries) {
        const coveredBy = (0,targets_kinds/* kindOf */.I)(entry.target.kind).coveredBy;
        const carrier = coveredBy && entry.found ? carriers.get(`${coveredBy} ${entry.found.id}`) : undefined;
        if (carrier) {
            entry.outcome = 'covered';
            entry.coveredBy = carrier;
        }
    }
}
/**
 * After the lookups: a target of a kind sent as the ID Box found (see KindRow.sends) that no lookup
 * found cannot be sent; it ends failed, and a re-run sends it once it can be looked up.
 */
function settleUnsendable(ledger) {
    if (!targets_kinds/* TARGET_KINDS */.aO.some(kind => kind.sends === 'found-id'))
        return;
    for (const entry of ledger.entries) {
        if (entry.outcome === undefined && isUnsendable(entry))
            entry.outcome = 'failed';
    }
}
/** A target of a kind sent as the ID Box found, which no lookup found. */
function isUnsendable(entry) {
    return (0,targets_kinds/* kindOf */.I)(entry.target.kind).sends === 'found-id' && entry.lookup !== 'found';
}
/** The entries still to be sent: neither settled by the lookups nor covered. */
function entriesToSend(ledger) {
    return ledger.entries.filter(entry => entry.outcome === undefined);
}
/** The planned termination requests: the ledger keeps them, and each entry learns its batch. */
function recordBatches(ledger, batches) {
    ledger.batches = batches;
    for (const batch of batches)
        for (const entry of batch.entries)
            entry.batch = batch;
}
/**
 * A request that sends `entries` of a planned batch again, or in parts: it becomes the batch's next
 * piece. Its targets learn it when it starts.
 */
function recordPiece(ledger, planned, entries, omitsEmpty, 
/** False for a piece that stands in for its planned batch's own request. */
extra = true) {
    const pieces = (planned.pieces ??= []);
    const piece = {
        endpoint: planned.endpoint,
        number: planned.number,
        endpointBatches: planned.endpointBatches,
        piece: pieces.length + 1,
        entries,
        ...(omitsEmpty ? { omitsEmpty: true } : {})
    };
    pieces.push(piece);
    if (extra)
        ledger.splitting.pieces++;
    return piece;
}
/** A line of what sending taught the run (recordPiece counts the pieces). */
function recordSplitNote(ledger, note) {
    ledger.splitting.notes.push(note);
}
/**
 * Makes `request` the one whose answer its targets end by again: after a body Box refused was
 * tried once more in another form and refused too, Box's words on the body as first sent count.
 */
function recordCarrier(request) {
    for (const entry of request.entries)
        entry.batch = request;
}
/** Targets of a refused piece not split further: the budget of pieces is spent. */
function recordNotIsolated(ledger, count) {
    ledger.splitting.notIsolated += count;
}
/** A batch's request has started: from now on, Box may have it, and a piece carries its targets. */
function recordBatchStarted(batch) {
    batch.started = true;
    if (batch.piece !== undefined)
        for (const entry of batch.entries)
            entry.batch = batch;
}
/**
 * Box refused a request whose targets may still be sent again in pieces: its answer is kept, and
 * its targets end only once the run will not send them again (settleRefused).
 */
function recordRefusal(batch, answer) {
    batch.answer = answer;
}
/**
 * The targets whose last request Box refused, once none of them will be sent again: each ends as
 * that request's answer says (refusedOutcome).
 */
function settleRefused(entries) {
    for (const entry of entries) {
        const answer = entry.batch?.answer;
        if (entry.outcome === undefined && entry.batch && answer && !answer.ok) {
            entry.outcome = refusedOutcome(entry.batch, answer);
        }
    }
}
/**
 * How a target of a request Box did not accept ends: not sent when the run was cancelled before the
 * request reached Box; not found when it was the request's only target and Box's own 404 said so;
 * else failed.
 */
function refusedOutcome(batch, answer) {
    if (answer.cancelled && !answer.sent)
        return 'not_sent';
    if (answer.notFound && batch.entries.length === 1)
        return 'not_found';
    return 'failed';
}
/**
 * Records Box's answer to a batch: a 2xx terminates its targets; a failure leaves them failed, or
 * not sent when the run was cancelled before the request reached Box.
 */
function recordBatch(batch, answer) {
    batch.answer = answer;
    const outcome = answer.ok ? 'accepted' : refusedOutcome(batch, answer);
    for (const entry of batch.entries)
        entry.outcome = outcome;
}
/**
 * The first signal: from now on no request starts, so the run is cancelled and every target whose
 * request has not started ends `not_sent` at once; those in flight end as Box answers, or at the
 * cut (settleCancelled). Their rows can then be written while the requests in flight finish.
 */
function settleNotStarted(ledger) {
    // A signal while the record is being written changes nothing of it.
    if (ledger.closed)
        return;
    ledger.cancelled = true;
    for (const entry of ledger.entries) {
        if (entry.outcome === undefined && entry.batch && !entry.batch.started) {
            entry.outcome = 'not_sent';
        }
    }
    // Targets of a refused request that would have been sent again in pieces: no piece starts now.
    settleRefused(ledger.entries);
}
/**
 * A run a signal cut short, once nothing of it is in flight: it is recorded as cancelled, and every
 * target without an outcome yet was never sent.
 */
function settleCancelled(ledger) {
    ledger.cancelled = true;
    // A request that started and got no answer may have reached Box: failed, never "not sent".
    for (const entry of ledger.entries) {
        if (entry.outcome === undefined && entry.batch?.started && !entry.batch.answer) {
            entry.outcome = 'failed';
        }
    }
    settleUnsent(ledger);
}
/** A signal came before anything was sent: every target is not sent. */
function settleCancelledBeforeSending(ledger) {
    ledger.cancelledBeforeSending = true;
    settleCancelled(ledger);
}
/** Ends the ledger, once: every target without an outcome yet was never sent. */
function closeLedger(ledger) {
    if (ledger.closed)
        return;
    settleUnsent(ledger);
    ledger.closed = true;
}
function settleUnsent(ledger) {
    settleRefused(ledger.entries);
    for (const entry of ledger.entries)
        entry.outcome ??= 'not_sent';
}
/** How many entries have each lookup state. */
function countLookups(ledger) {
    const counts = Object.fromEntries(LOOKUPS.map(l => [l, 0]));
    for (const entry of ledger.entries)
        counts[entry.lookup]++;
    return counts;
}
// A closed ledger no longer changes: what is read of it many times (a million targets are read
// by the outputs, `result`, the summary and the failure alike) is counted once.
const readOfClosed = new WeakMap();
function once(ledger, key, read) {
    if (!ledger.closed)
        return read();
    let known = readOfClosed.get(ledger);
    if (!known)
        readOfClosed.set(ledger, (known = new Map()));
    if (!known.has(key))
        known.set(key, read());
    return known.get(key);
}
/** How many entries ended with each outcome. */
function countOutcomes(ledger) {
    return once(ledger, 'counts', () => {
        const counts = Object.fromEntries(OUTCOMES.map(o => [o, 0]));
        for (const entry of ledger.entries)
            if (entry.outcome)
                counts[entry.outcome]++;
        return counts;
    });
}
/** The entries that ended with `outcome`. */
function withOutcome(ledger, outcome) {
    return once(ledger, `with ${outcome}`, () => ledger.entries.filter(entry => entry.outcome === outcome));
}
/** The targets a re-run should send: failed and not sent, except in a dry run, which sends none. */
function remainder(ledger) {
    if (ledger.dryRun)
        return [];
    return once(ledger, 'remainder', () => ledger.entries.filter(e => e.outcome === 'failed' || e.outcome === 'not_sent'));
}
/**
 * The requests sent for these batches that Box answered: each planned batch, then the pieces of it
 * sent after Box refused it. A piece has its `piece` number; a planned batch has none.
 */
function answeredRequests(batches) {
    const requests = [];
    for (const batch of batches) {
        if (isAnswered(batch))
            requests.push(batch);
        for (const piece of batch.pieces ?? [])
            if (isAnswered(piece))
                requests.push(piece);
    }
    return requests;
}
function isAnswered(batch) {
    return batch.answer !== undefined;
}
/** The entry whose request carried a target: a covered login's ID, or the target itself. */
function carrierOf(entry) {
    return entry.outcome === 'covered' ? entry.coveredBy : entry;
}
/**
 * What is wrong with a closed ledger, if anything: an entry for each distinct target read, in
 * order, each with exactly one known outcome, accepted only on Box's acceptance, covered only by a target
 * that was sent. Anything found is a defect of the action, never of the inputs.
 */
function ledgerDefects(ledger, targetsRead) {
    const defects = [];
    if (!ledger.closed)
        defects.push('the ledger was not closed');
    if (ledger.entries.length !== targetsRead.length) {
        defects.push(`${targetsRead.length} distinct targets were read but the ledger holds ${ledger.entries.length}`);
    }
    else if (ledger.entries.some((entry, i) => entry.target !== targetsRead[i])) {
        defects.push('the ledger does not hold the targets read, in their order');
    }
    for (const entry of ledger.entries) {
        const answered = entry.batch?.answer?.ok === true;
        if (!entry.outcome || !KNOWN_OUTCOMES.has(entry.outcome)) {
            defects.push(`${nameOf(entry)} has no outcome`);
        }
        else if ((entry.outcome === 'accepted') !== answered) {
            defects.push(`${nameOf(entry)} is ${entry.outcome}, but Box ${answered ? 'accepted' : 'did not accept'} its request`);
        }
        else if (entry.outcome === 'covered' && !entry.coveredBy?.batch) {
            defects.push(`${nameOf(entry)} is covered by a target that was not sent`);
        }
        if (defects.length >= 10)
            break;
    }
    return defects;
}
const KNOWN_OUTCOMES = new Set(OUTCOMES);
/** How a defect names its target: only when something is wrong, as the check runs over every one. */
function nameOf(entry) {
    return `${entry.target.kind} ${JSON.stringify(entry.target.value)}`;
}

// EXTERNAL MODULE: ./src/box/answer.ts
var box_answer = __nccwpck_require__(347);
// EXTERNAL MODULE: ./src/box/objects.ts
var objects = __nccwpck_require__(725);
;// CONCATENATED MODULE: ./src/box/endpoints/users-me.ts


/** Who the token acts as: GET /2.0/users/me. */
async function getCurrentUser(client) {
    const answer = await client.call({
        method: 'GET',
        path: 'users/me',
        query: { fields: ['id', 'name', 'login', 'role', 'enterprise'] }
    });
    return (0,box_answer/* readAnswer */.JN)(answer, json => {
        const user = (0,objects/* readUser */.Ue)(json);
        return (user && {
            id: user.id,
            name: user.name,
            login: user.login,
            role: user.role,
            ...(user.enterprise === undefined ? {} : { enterprise: user.enterprise })
        });
    }, 'users/me');
}
/** The enterprise the token acts in: GET /2.0/users/me?fields=enterprise ('' for none). */
async function getActingEnterprise(client) {
    const answer = await client.call({
        method: 'GET',
        path: 'users/me',
        query: { fields: ['enterprise'] },
        label: 'users/me (its enterprise)'
    });
    return (0,box_answer/* readAnswer */.JN)(answer, objects/* readEnterprise */.ut, 'users/me');
}

;// CONCATENATED MODULE: ./src/net/pool.ts
/**
 * Runs `work` on every item with at most `limit` at once, starting them in order. Once `stopping`
 * fires no further item starts; those already started run to their end.
 */
async function forEachWithLimit(items, limit, work, stopping) {
    let next = 0;
    const worker = async () => {
        while (next < items.length && !stopping?.aborted) {
            await work(items[next++]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

// EXTERNAL MODULE: ./src/words.ts
var src_words = __nccwpck_require__(846);
// EXTERNAL MODULE: ./src/box/paging.ts
var paging = __nccwpck_require__(5);
;// CONCATENATED MODULE: ./src/run/lookup-plan.ts


/** Lookups in flight at once. */
const LOOKUPS_IN_FLIGHT = 8;
const oneByOne = (requests) => ({
    requests,
    rounds: Math.ceil(requests / LOOKUPS_IN_FLIGHT)
});
/**
 * Chooses the cheapest way to look the targets up, listing by listing: one lookup per target, 8 at
 * a time, or reading the enterprise's whole listing page by page and looking up one by one only
 * what it lacks. The cheaper is the one of fewer rounds, then of fewer requests. A listing's cost
 * is known after one request, its count: that request is made, for the listings together, only
 * where a listing at its best could be cheaper and within the policy. When the cheapest plan takes
 * more requests than the policy allows, nothing is looked up. Either way the record holds what was
 * chosen and from what; action/lookup-text.ts words it.
 */
async function planLookups(entries, policy, client, actingKnown = false) {
    if (policy.maxRequests === 0)
        return { sources: [], record: { plan: 'none', why: 'off' } };
    // Each kind's source: its listing's, shared with the other kinds it holds; a kind without a
    // listing is a source of its own, looked up one by one. Entries keep their order in each; what is
    // worth counting follows from how many targets of each kind there are.
    const perKind = countPerKind(entries);
    const bySource = new Map();
    const sourceOf = new Map();
    for (const name of perKind.keys()) {
        const kind = (0,targets_kinds/* kindOf */.I)(name);
        const listing = kind.listing?.of;
        const key = listing ?? kind.input;
        const source = bySource.get(key) ?? {
            listing,
            name: listing?.name ?? kind.label[1],
            noun: listing?.noun ?? kind.label[0],
            entries: [],
            perKind: new Map()
        };
        source.perKind.set(name, perKind.get(name) ?? 0);
        bySource.set(key, source);
        sourceOf.set(name, source);
    }
    const worthCounting = [...bySource.values()].flatMap(({ listing, perKind: counts }) => {
        if (!listing)
            return [];
        const targets = total(counts);
        const best = withCount(listingCost(listing, counts, mostListed(listing, counts)));
        return isCheaper(best, oneByOne(targets)) &&
            Math.min(best.requests, targets) <= policy.maxRequests
            ? [listing]
            : [];
    });
    for (const entry of entries)
        sourceOf.get(entry.target.kind)?.entries.push(entry);
    const counts = new Map(await Promise.all(worthCounting.map(async (listing) => [listing, await listing.count(client)])));
    const sources = [];
    const choices = [];
    let requests = counts.size;
    for (const { listing, name, noun, entries: list, perKind: kindCounts } of bySource.values()) {
        const perTarget = oneByOne(list.length);
        const choice = { name, noun, targets: list.length };
        const count = listing && counts.get(listing);
        if (listing && count?.ok) {
            const viaListing = listingCost(listing, kindCounts, count.value);
            const listed = isCheaper(viaListing, perTarget);
            sources.push({ listing, entries: list, list: listed, count: count.value });
            requests += listed ? viaListing.requests : perTarget.requests;
            const pages = Math.max(1, Math.ceil(Math.min(count.value, listing.limit) / paging/* PAGE_SIZE */.md));
            choices.push({
                ...choice,
                list: listed,
                count: count.value,
                pages,
                lookups: perTarget.requests
            });
            continue;
        }
        sources.push({ listing, entries: list, list: false });
        requests += perTarget.requests;
        choices.push({
            ...choice,
            list: false,
            lookups: perTarget.requests,
            ...(count && !count.ok ? { countError: count.error } : {})
        });
    }
    const asksActing = sources.some(source => !source.list && asksActingEnterprise(source.entries, actingKnown));
    if (asksActing)
        requests += 1;
    const decided = {
        targets: entries.length,
        requests,
        counted: counts.size > 0,
        sources: choices,
        ...(asksActing ? { asksActingEnterprise: true } : {})
    };
    if (requests > policy.maxRequests) {
        return {
            sources: [],
            record: { plan: 'none', why: 'too-costly', maxRequests: policy.maxRequests, ...decided }
        };
    }
    const plan = sources.some(s => s.list) ? 'listing' : 'per-target';
    return { sources, record: { plan, ...decided } };
}
/**
 * Whether looking these targets up one by one also asks users/me which enterprise the run acts in:
 * a user found so may be of another enterprise, and the credentials did not name the run's.
 */
function asksActingEnterprise(oneByOne, actingKnown) {
    return !actingKnown && oneByOne.some(entry => (0,targets_kinds/* kindOf */.I)(entry.target.kind).shownAs === 'user');
}
/**
 * Listing `size` entries: a page per 1,000 (one after the other), then a lookup for each target the
 * listing cannot hold, at the least those beyond its size. `perKind`: how many targets of each kind.
 */
function listingCost(listing, perKind, size) {
    const listable = Math.min(size, listing.limit);
    const pages = Math.max(1, Math.ceil(listable / paging/* PAGE_SIZE */.md));
    let lacking = 0;
    for (const count of perKind.values())
        lacking += Math.max(0, count - listable);
    return { requests: pages + lacking, rounds: pages + Math.ceil(lacking / LOOKUPS_IN_FLIGHT) };
}
/**
 * The enterprise size at which a listing is cheapest for these targets: large enough to hold the
 * most targets of one kind, as no larger listing could find more, and no larger than it can list.
 */
function mostListed(listing, perKind) {
    return Math.min(Math.max(0, ...perKind.values()), listing.limit);
}
function countPerKind(entries) {
    const counts = new Map();
    for (const entry of entries)
        counts.set(entry.target.kind, (counts.get(entry.target.kind) ?? 0) + 1);
    return counts;
}
function total(perKind) {
    let sum = 0;
    for (const count of perKind.values())
        sum += count;
    return sum;
}
/** A listing's cost with the request that counts the enterprise first. */
function withCount(cost) {
    return { requests: cost.requests + 1, rounds: cost.rounds + 1 };
}
function isCheaper(a, b) {
    return a.rounds < b.rounds || (a.rounds === b.rounds && a.requests < b.requests);
}

;// CONCATENATED MODULE: ./src/run/look-up.ts






/** How many targets, from the first, the job summary shows one by one (and whose groups get a member count). */
const TARGETS_SHOWN = 100;
/**
 * Looks the targets up as planned: listings first, page by page, matching targets as they pass;
 * then one by one, 8 at a time, each target a listing lacked or that was not listed. Once the run
 * is stopping nothing more is asked, and a target not yet looked up is left unverified.
 */
async function lookUpTargets(ledger, plan, client, stopping) {
    const oneByOne = [];
    for (const source of plan.sources) {
        const lacking = source.list && source.listing
            ? await matchListing(ledger, source, source.listing, client)
            : source.entries;
        for (const entry of lacking)
            oneByOne.push(entry);
    }
    // A user looked up one by one may be of another enterprise: when the credentials do not name
    // the one the run acts in, Box is asked, alongside the first lookups.
    const acting = !stopping?.aborted && asksActingEnterprise(oneByOne, ledger.actingEnterprise !== undefined)
        ? getActingEnterprise(client)
        : undefined;
    await forEachWithLimit(oneByOne, LOOKUPS_IN_FLIGHT, async (entry) => {
        const { lookUp } = (0,targets_kinds/* kindOf */.I)(entry.target.kind);
        recordLookup(entry, await lookUp(client, entry.target.value));
    }, stopping);
    const enterprise = await acting;
    if (enterprise?.ok)
        recordActingEnterprise(ledger, enterprise.value);
    await countMembers(ledger, client, stopping);
    if (stopping?.aborted) {
        for (const source of plan.sources) {
            for (const entry of source.entries) {
                if (entry.lookup !== 'skipped')
                    continue;
                recordUnverified(entry, 'the run was cancelled before this target was looked up, and nothing was sent for it');
            }
        }
    }
}
/**
 * Reads a listing of the enterprise and marks each target found in it; keeps nothing else of it.
 * Returns the targets it did not find, to be looked up one by one. When the listing stops before
 * its end, those are marked unverified first, with why: the listing cannot say they do not exist,
 * and a lookup the budget leaves no request for keeps that reason.
 */
async function matchListing(ledger, source, listing, client) {
    const index = new Map();
    const kinds = new Set(source.entries.map(e => (0,targets_kinds/* kindOf */.I)(e.target.kind)));
    for (const entry of source.entries) {
        index.set(`${entry.target.kind} ${(0,targets_kinds/* kindOf */.I)(entry.target.kind).key(entry.target.value)}`, entry);
    }
    const answer = await listing.list(client, objects => {
        for (const object of objects) {
            for (const kind of kinds) {
                const key = kind.listing?.key(object);
                const entry = key === undefined ? undefined : index.get(`${kind.input} ${key}`);
                if (entry)
                    recordFound(entry, object);
            }
        }
    }, source.count);
    const lacking = source.entries.filter(entry => entry.lookup === 'skipped');
    if (answer.ok)
        return lacking;
    recordListingStopped(ledger, `The listing of the enterprise's ${listing.name} stopped before its end (${answer.error}): the ${(0,src_words/* plural */.L)(lacking.length, 'target')} it had not matched are looked up one by one`);
    for (const entry of lacking) {
        recordUnverified(entry, `the listing of the enterprise's ${listing.name} stopped before its end, so Box did not say: ${answer.error}`);
    }
    return lacking;
}
/** Box's approximate member count of each found group among the targets the summary shows. */
async function countMembers(ledger, client, stopping) {
    const groups = ledger.entries.slice(0, TARGETS_SHOWN).flatMap(entry => {
        const count = (0,targets_kinds/* kindOf */.I)(entry.target.kind).countMembers;
        return count && entry.found ? [{ entry, id: entry.found.id, count }] : [];
    });
    await forEachWithLimit(groups, LOOKUPS_IN_FLIGHT, async ({ entry, id, count }) => {
        const answer = await count(client, id);
        if (answer.ok)
            recordMembers(entry, answer.value);
    }, stopping);
}

// EXTERNAL MODULE: ./src/box/endpoints/terminate-sessions.ts
var terminate_sessions = __nccwpck_require__(905);
;// CONCATENATED MODULE: ./src/net/retry-policy.ts
/**
 * How the action answers a failed request, in one place: what is retried and how long it waits,
 * when a token is renewed, and which refusals are split and sent again. README's "Retries" states
 * it, and a test holds that statement to this object.
 */
const RETRY_POLICY = {
    /** Statuses retried up to max-retries: 429 and every 5xx. */
    retriedStatuses: { listed: [429], from: 500, to: 599 },
    /**
     * Network failures retried up to max-retries: these codes, any HTTP parser error (HPE_*), a
     * timeout or a socket hung up. Certificate and DNS "no such host" errors are not: they will not pass.
     */
    transientCodes: [
        'ECONNRESET',
        'ECONNREFUSED',
        'ECONNABORTED',
        'EPIPE',
        'ETIMEDOUT',
        'EAI_AGAIN',
        'EHOSTUNREACH',
        'ENETUNREACH',
        'ENETDOWN'
    ],
    /** The first backoff without Retry-After, doubled per retry, with \u00b1 this share as jitter. */
    firstBackoffMs: 1_000,
    jitter: 0.25,
    /** The longest one wait, Retry-After's or the backoff's. */
    maxWaitMs: 60_000,
    /** With client credentials or JWT, a 401 gets a new token this many times a call. */
    renewalsAfter401: 1,
    /**
     * Refusals of a batch of more than one target that may be about some of them: split and sent
     * again in pieces. Box's own error body is needed for the first; a 413 is split whatever came.
     */
    splitWithBoxBody: [400, 403, 404],
    splitWithAnyBody: [413]
};
/** Whether a status is retried: 429 and every 5xx. */
function isRetriedStatus(status) {
    const { listed, from, to } = RETRY_POLICY.retriedStatuses;
    return listed.includes(status) || (status >= from && status <= to);
}
/** Whether a network failure may pass when tried again. */
function isTransientFailure(code, message) {
    return (RETRY_POLICY.transientCodes.includes(code) ||
        code.startsWith('HPE_') ||
        /timeout|socket hang up/i.test(message));
}
/** Whether a refusal of a batch may be about some of its targets, so that splitting isolates them. */
function isSplitRefusal(status, boxBody) {
    if (status === undefined)
        return false;
    return (RETRY_POLICY.splitWithAnyBody.includes(status) ||
        (boxBody && RETRY_POLICY.splitWithBoxBody.includes(status)));
}

;// CONCATENATED MODULE: ./src/run/terminate.ts






/** Batches in flight at once. */
const BATCHES_IN_FLIGHT = 4;
/** Requests a run may send beyond its planned batches, in pieces of the batches Box refused. */
const PIECES_BUDGET = 1000;
/**
 * Sends the planned batches, a few at once, each answer recorded in the ledger as it comes; a
 * failed batch does not stop the others. Once the run is stopping, no further request is sent.
 *
 * A batch Box refuses (400, 403 or 404 with its own error body, or 413) is split until the
 * refusal stands alone: one refused batch of an endpoint at a time, depth first, the endpoint's
 * other requests waiting for what it teaches (a size Box refuses, a body form, a refusal every
 * target meets alike). At most PIECES_BUDGET pieces are sent in a run.
 */
async function sendBatches(ledger, client, onDone, stopping) {
    const sending = {
        ledger,
        client,
        onDone,
        stopping,
        learnt: new Map(),
        piecesLeft: PIECES_BUDGET
    };
    await forEachWithLimit(ledger.batches, BATCHES_IN_FLIGHT, batch => sendPlanned(sending, batch), stopping);
}
function learntOf(sending, endpoint) {
    let learnt = sending.learnt.get(endpoint);
    if (!learnt)
        sending.learnt.set(endpoint, (learnt = { accepted: false, alike: false, form: 'unsettled' }));
    return learnt;
}
const stopped = (sending) => sending.stopping?.aborted === true;
async function sendPlanned(sending, batch) {
    const learnt = learntOf(sending, batch.endpoint);
    while (learnt.busy)
        await learnt.busy;
    if (stopped(sending))
        return;
    if (learnt.cap !== undefined && batch.entries.length > learnt.cap) {
        // Sent straight away in pieces of the size Box takes.
        await sendPieces(sending, batch, batch.entries, learnt.cap, true);
        return;
    }
    const answer = await send(sending, batch, learnt.form === 'omitted');
    if (!answer.ok)
        await alone(learnt, () => afterRefusal(sending, batch, batch, answer));
}
/** Runs `work` while no other refused request of the endpoint is being split. */
async function alone(learnt, work) {
    while (learnt.busy)
        await learnt.busy;
    const done = work();
    // The others wait for the end of this one, however it ends; its failure is its caller's.
    learnt.busy = done.then(() => {
        learnt.busy = undefined;
    }, () => {
        learnt.busy = undefined;
    });
    await done;
}
/**
 * Sends one request and records its answer: an acceptance at once; a refusal is kept, and its
 * targets end once they will not be sent again.
 */
async function send(sending, request, omitsEmpty) {
    recordBatchStarted(request);
    const lists = bodyLists(request);
    const answer = await (0,terminate_sessions/* terminateSessions */.x2)(sending.client, request.endpoint, lists, batchLabel(request), omitsEmpty);
    const learnt = learntOf(sending, request.endpoint);
    if (answer.ok) {
        recordBatch(request, answer);
        learnt.accepted = true;
        if (learnt.alike) {
            learnt.alike = false;
            recordSplitNote(sending.ledger, `${request.endpoint.path}: Box accepted ${batchLabel(request)}, so its refusals are no longer taken as met by every target alike`);
        }
        // Only a body with a list to send empty or leave out says which form Box takes.
        if (learnt.form === 'unsettled' && hasEmptyList(request.endpoint, lists)) {
            learnt.form = omitsEmpty ? 'omitted' : 'empty';
        }
    }
    else {
        recordRefusal(request, answer);
    }
    sending.onDone(request);
    return answer;
}
/**
 * After Box refused `request` (the planned batch itself or one of its pieces): first, while the
 * body's form is unsettled, a 400 to a body with an empty list is sent once more without it; then
 * a refusal of more than one target that can be about some of them is split. Whatever is not sent
 * again ends in Box's words.
 */
async function afterRefusal(sending, planned, request, answer) {
    const learnt = learntOf(sending, request.endpoint);
    if (!stopped(sending) && mayTryOmitting(learnt, request, answer)) {
        const settling = learnt.form === 'unsettled';
        if (settling)
            learnt.triedAt = learnt.cap ?? null;
        const again = recordPiece(sending.ledger, planned, request.entries, true);
        const retried = await send(sending, again, true);
        if (retried.ok) {
            if (settling) {
                recordSplitNote(sending.ledger, `${request.endpoint.path}: Box refused a list sent empty (${answer.error}) and accepted the body without it, so the run leaves unused lists out`);
            }
            return;
        }
        // Refused in either form: the targets keep Box's words on the body as it was first sent,
        // unless Box's own 404 to a single target says that target does not exist.
        if (!(retried.notFound && request.entries.length === 1))
            recordCarrier(request);
    }
    if (!stopped(sending) &&
        !learnt.alike &&
        request.entries.length > 1 &&
        isSplitRefusal(answer.status, answer.boxError === true)) {
        await split(sending, planned, request.entries);
    }
    settleRefused(request.entries);
}
/**
 * Box's own 400 to a body that sent a list empty: while Box has not accepted a body of this
 * endpoint with such a list yet, it is tried once without the list, and again once a size Box
 * takes is learnt; a single target is always tried so (Box's refusal of a larger body left out may
 * have been about its size or one of its targets); once Box accepted a body without it, a request
 * sent before that is sent again so.
 */
function mayTryOmitting(learnt, request, answer) {
    if (request.omitsEmpty || answer.status !== 400 || answer.boxError !== true)
        return false;
    if (learnt.form === 'empty')
        return false;
    if (learnt.form === 'unsettled' &&
        learnt.triedAt !== undefined &&
        learnt.triedAt === (learnt.cap ?? null) &&
        request.entries.length > 1) {
        return false;
    }
    return hasEmptyList(request.endpoint, bodyLists(request));
}
/** Whether a request's body lists leave one of its endpoint's lists empty, sent so or left out. */
function hasEmptyList(endpoint, lists) {
    return endpoint.bodyKeys.some(key => (lists[key]?.length ?? 0) === 0);
}
/**
 * Splits the targets of a refused request, depth first: the first half is sent (and split in turn
 * if refused) before the rest, which goes in pieces no larger than the size learnt so far. When
 * all were then accepted in smaller pieces, in the body form they were refused in, the largest
 * that passed is the size learnt.
 */
async function split(sending, planned, entries) {
    const learnt = learntOf(sending, planned.endpoint);
    const capped = learnt.cap !== undefined && learnt.cap < entries.length;
    const first = capped ? learnt.cap : Math.ceil(entries.length / 2);
    const form = learnt.form;
    const largest = await sendPieces(sending, planned, entries, first, false);
    // A body form settled meanwhile: Box may have refused the form, not the size.
    if (learnt.form !== form)
        return;
    if (largest > 0 && entries.every(entry => entry.outcome === 'accepted')) {
        if (learnt.cap === undefined || largest < learnt.cap) {
            recordSplitNote(sending.ledger, `${planned.endpoint.path}: Box refused ${(0,src_words/* plural */.L)(entries.length, 'target')} in one request and accepted them in pieces of ${(0,src_words/* groupDigits */.K)(largest)}, so the run sends at most ${(0,src_words/* groupDigits */.K)(largest)} a request`);
        }
        learnt.cap = largest;
    }
}
/**
 * Sends `entries` as pieces of `planned`: the first of `first` targets, the rest of the size
 * learnt so far (all of the rest when none is). A refused piece is handled before the next one is
 * sent. Returns the size of the largest piece Box accepted, 0 for none.
 */
async function sendPieces(sending, planned, entries, first, fromPlan) {
    const learnt = learntOf(sending, planned.endpoint);
    let largest = 0;
    let at = 0;
    let firstRefusedAlone = false;
    for (let n = 0; at < entries.length; n++) {
        // A planned batch sent in pieces waits, as a planned batch does, while a refusal is split.
        if (fromPlan)
            while (learnt.busy)
                await learnt.busy;
        if (stopped(sending) || (learnt.alike && !fromPlan))
            break;
        // A planned batch sent in pieces from the start costs its first piece nothing extra.
        const free = fromPlan && n === 0;
        if (!free && sending.piecesLeft <= 0) {
            // The rest of a refused request is not sent again; the rest of a planned batch goes whole,
            // as it was planned. Either way, what Box refuses of it is not isolated.
            const rest = entries.slice(at);
            const refused = fromPlan ? !(await sendOnce(sending, planned, rest)) : true;
            if (refused)
                recordNotIsolated(sending.ledger, rest.length);
            break;
        }
        if (!free)
            sending.piecesLeft--;
        const size = n === 0
            ? first
            : learnt.cap !== undefined
                ? Math.min(learnt.cap, entries.length - at)
                : entries.length - at;
        const part = entries.slice(at, at + size);
        at += part.length;
        const piece = recordPiece(sending.ledger, planned, part, learnt.form === 'omitted', !free);
        const answer = await send(sending, piece, learnt.form === 'omitted');
        if (answer.ok) {
            largest = Math.max(largest, part.length);
            continue;
        }
        await alonePiece(sending, planned, piece, answer, fromPlan);
        // One descent reached a single target Box refused in every form it was sent in (a 404
        // not_found is about that target alone), and its sibling is refused too: while Box has
        // accepted nothing of this endpoint, every target meets this refusal alike.
        const refusedAlone = !fromPlan && part.length === 1 && part[0]?.outcome === 'failed';
        if (n === 1 && firstRefusedAlone && refusedAlone && !learnt.accepted) {
            learnt.alike = true;
            recordSplitNote(sending.ledger, `${planned.endpoint.path}: Box refused a single target and the one beside it alike (${answer.error}), and has accepted nothing of this endpoint: every target seems to meet this refusal, so refused batches are no longer split`);
            break;
        }
        if (n === 0)
            firstRefusedAlone = refusedAlone;
    }
    return largest;
}
/** A refused piece: split within the endpoint's turn when it was sent from the plan. */
async function alonePiece(sending, planned, piece, answer, fromPlan) {
    const learnt = learntOf(sending, planned.endpoint);
    if (fromPlan)
        await alone(learnt, () => afterRefusal(sending, planned, piece, answer));
    else
        await afterRefusal(sending, planned, piece, answer);
}
/** The rest of a planned batch sent in one piece, its refusal ending its targets; says if Box took it. */
async function sendOnce(sending, planned, entries) {
    const learnt = learntOf(sending, planned.endpoint);
    const piece = recordPiece(sending.ledger, planned, entries, learnt.form === 'omitted');
    const answer = await send(sending, piece, learnt.form === 'omitted');
    settleRefused(entries);
    return answer.ok;
}

// EXTERNAL MODULE: ./src/safe-text.ts
var safe_text = __nccwpck_require__(452);
// EXTERNAL MODULE: ./src/targets/kind.ts
var targets_kind = __nccwpck_require__(378);
// EXTERNAL MODULE: ./src/targets/target.ts
var targets_target = __nccwpck_require__(425);
;// CONCATENATED MODULE: ./src/action/outcome-text.ts





// Facts about a finished run that the log, outputs and summary all state, worded once.
/** Targets listed per list in the log and in error messages; the rest are counted. */
const LISTED_TARGETS = 50;
/** Box's messages to the requests of every endpoint, in the endpoints' order, each message once. */
function boxMessages(ledger) {
    const all = batchesByEndpoint(ledger).flatMap(({ batches }) => endpointMessages(batches));
    return [...new Set(all)];
}
/**
 * Box's messages to the requests of these batches it accepted, batches and pieces of refused
 * batches, each message once.
 */
function endpointMessages(batches) {
    const messages = new Set();
    for (const { answer } of answeredRequests(batches)) {
        if (answer.ok && answer.value !== '')
            messages.add(answer.value);
    }
    return [...messages];
}
/** The batches of each endpoint that has any, in the endpoints' order. */
function batchesByEndpoint(ledger) {
    return targets_kinds/* ENDPOINTS */.Hr.map(endpoint => ({
        endpoint,
        batches: ledger.batches.filter(b => b.endpoint === endpoint)
    })).filter(({ batches }) => batches.length > 0);
}
/** Whether the step fails: for what stopped or cut the run, a target not terminated, or an unknown one. */
function runFailed(ledger, settings) {
    if (ledger.error !== undefined || ledger.cancelled)
        return true;
    const unknownFails = settings.failOnUnknown && withOutcome(ledger, 'not_found').length > 0;
    // A dry run, whose remainder is empty, fails as the real run would for what it could know: a
    // target Box does not know.
    return remainder(ledger).length > 0 || unknownFails;
}
/** "3 accepted by Box, 1 not found": each outcome that some target has. */
function describeOutcomes(ledger) {
    const counts = countOutcomes(ledger);
    const words = {
        accepted: 'accepted by Box',
        not_found: 'not found',
        failed: 'failed',
        not_sent: 'not sent',
        covered: 'covered by an ID'
    };
    return Object.entries(counts)
        .filter(([, count]) => count > 0)
        .map(([outcome, count]) => `${(0,src_words/* groupDigits */.K)(count)} ${words[outcome]}`)
        .join(', ');
}
/** Targets named for a reader: `user-ids "999"; targets-file line 4 (user_login) "x@y.z"`, the first `limit`. */
function listTargets(entries, limit) {
    const shown = entries
        .slice(0, limit)
        .map(e => `${(0,targets_target/* describeOrigin */.uN)(e.target)} ${(0,safe_text/* quoteEntry */.pM)(e.target.value)}`);
    const more = entries.length - shown.length;
    return `${shown.join('; ')}${more > 0 ? `; and ${(0,src_words/* groupDigits */.K)(more)} more` : ''}`;
}
/** "Not found in Box, so not sent: user-ids "999". Box accepted every other target." */
function notFoundLine(ledger, limit) {
    const all = withOutcome(ledger, 'not_found');
    if (all.length === 0)
        return undefined;
    // A target the lookups did not find was not sent; one Box refused alone with its own 404 was.
    const refused = all.filter(entry => entry.batch?.answer);
    const unknown = all.filter(entry => !entry.batch?.answer);
    const lead = ledger.dryRun
        ? 'Not found in Box, so a real run would not send them'
        : 'Not found in Box, so not sent';
    const lines = [];
    if (unknown.length > 0)
        lines.push(`${lead}: ${listTargets(unknown, limit)}.`);
    if (refused.length > 0) {
        const answer = refused[0]?.batch?.answer;
        const said = answer && !answer.ok ? ` (${answer.error})` : '';
        lines.push(`Not found in Box, which refused a request for each alone with its own 404: ${listTargets(refused, limit)}${said}.`);
    }
    // Said only of what happened: some target accepted, and none left.
    const others = !ledger.dryRun &&
        countOutcomes(ledger).accepted > 0 &&
        remainder(ledger).length === 0 &&
        !ledger.cancelled &&
        ledger.error === undefined
        ? ' Box accepted the jobs to end the sessions of every other target.'
        : '';
    return `${lines.join(' ')}${others}`;
}
/** How many targets a run left, and where to find them. */
function remainderLine(count, file) {
    const where = file
        ? `; run again with targets-file: ${file}`
        : '; they are named in the log, as the remainder file could not be written';
    return `${(0,src_words/* plural */.L)(count, 'target')} ${count === 1 ? 'was' : 'were'} not accepted by Box${where}`;
}
/**
 * "Cancelled: Box accepted 3 of 10 targets; the 7 others are in <file>". Without a file, `where`
 * says where they are instead.
 */
function cancelledLine(ledger, file, where = 'named in the log, as the remainder file could not be written') {
    const counts = countOutcomes(ledger);
    const left = remainder(ledger).length;
    where = file ? `in ${file}` : where;
    const unknown = counts.not_found > 0 ? `; ${(0,src_words/* groupDigits */.K)(counts.not_found)} not found in Box` : '';
    const covered = counts.covered > 0 ? `; ${(0,src_words/* groupDigits */.K)(counts.covered)} covered by an ID` : '';
    const others = left > 0
        ? `; the ${left === 1 ? 'other' : `${(0,src_words/* groupDigits */.K)(left)} others`} ${left === 1 ? 'is' : 'are'} ${where}`
        : '';
    if (ledger.cancelledBeforeSending) {
        const all = ledger.entries.length;
        return `Cancelled before anything was sent: ${all === 1 ? 'the target is' : `the ${(0,src_words/* groupDigits */.K)(all)} targets are`} ${where}`;
    }
    return `Cancelled: Box accepted ${(0,src_words/* groupDigits */.K)(counts.accepted)} of ${(0,src_words/* plural */.L)(ledger.entries.length, 'target')}${others}${unknown}${covered}`;
}
/** What a lookup said of one target: who or what Box says it is, or why it does not say. */
function describeLookup(entry, ledger) {
    if (entry.lookup === 'not_found')
        return `not found in Box (${(0,targets_target/* describeOrigin */.uN)(entry.target)})`;
    if (entry.lookup === 'unverified')
        return `not verified: ${entry.detail ?? ''}`;
    // Looked up and found, or not looked up.
    if (!entry.found)
        return 'not looked up';
    const found = entry.found;
    if ((0,targets_kinds/* kindOf */.I)(entry.target.kind).shownAs === 'group') {
        const members = entry.members === undefined
            ? 'members unknown'
            : `about ${(0,src_words/* groupDigits */.K)(entry.members)} members`;
        return `group ${found.name} (${found.id}), ${members}`;
    }
    const external = ledger && isExternal(entry, ledger) ? `, ${externalWords(entry)}` : '';
    return `${found.name} <${found.login ?? ''}>, user ${found.id}, ${found.status || 'status unknown'}, role ${found.role || 'unknown'}${external}`;
}
/** What is said of an external user wherever it is shown. */
function externalWords(entry) {
    const theirs = entry.found?.enterprise;
    const where = theirs ? `enterprise ${theirs}` : 'no enterprise';
    return `an external user (${where}): Box may not end their sessions`;
}
/** The warning for users of another enterprise among the targets, if any. */
function externalLine(ledger, limit) {
    const external = ledger.entries.filter(entry => isExternal(entry, ledger));
    if (external.length === 0)
        return undefined;
    const count = external.length;
    return `${(0,src_words/* plural */.L)(count, 'target')} ${count === 1 ? 'is a user' : 'are users'} of another enterprise than the one the run acts in (external collaborators): Box may not end their sessions, and ${count === 1 ? 'it is' : 'they are'} sent as given: ${listTargets(external, limit)}`;
}
/** Why a target of a kind sent as the ID Box found was not sent. */
function unsendableWords(entry) {
    const why = entry.detail ? `: ${entry.detail}` : '';
    return `could not be looked up, so it could not be sent (its request carries the ID Box finds)${why}`;
}
/** The targets that could not be sent for want of a lookup, listed. */
function unsendableLine(ledger, limit) {
    const unsendable = withOutcome(ledger, 'failed').filter(entry => !entry.batch && isUnsendable(entry));
    if (unsendable.length === 0)
        return undefined;
    const count = unsendable.length;
    return `${(0,src_words/* plural */.L)(count, 'target')} could not be looked up, so ${count === 1 ? 'it' : 'they'} could not be sent (${count === 1 ? 'its' : 'their'} request carries the ID Box finds): ${listTargets(unsendable, limit)}`;
}
/** The lines of the step's failure: what stopped the run, each failed batch, each target left. */
function failureLines(ledger, settings, remainderFile, problems) {
    const lines = [];
    if (ledger.cancelled)
        lines.push(cancelledLine(ledger, remainderFile));
    if (ledger.error)
        lines.push(ledger.error);
    // Box's words for the requests whose targets failed: a batch Box refused whole and then accepted
    // in pieces failed no target.
    const errors = new Set();
    for (const entry of withOutcome(ledger, 'failed')) {
        const answer = entry.batch?.answer;
        if (answer && !answer.ok && !answer.cancelled)
            errors.add(answer.error);
        if (errors.size > 10)
            break;
    }
    for (const error of [...errors].slice(0, 10))
        lines.push(error);
    const unsendable = unsendableLine(ledger, LISTED_TARGETS);
    if (unsendable)
        lines.push(unsendable);
    const unknown = notFoundLine(ledger, LISTED_TARGETS);
    if (unknown && settings.failOnUnknown)
        lines.push(unknown);
    const left = remainder(ledger);
    if (left.length > 0 && !ledger.cancelled)
        lines.push(remainderLine(left.length, remainderFile));
    for (const problem of problems)
        lines.push(problem);
    return lines.map(safe_text/* safeText */.Hk);
}

;// CONCATENATED MODULE: ./src/action/lookup-text.ts


/** How the targets were to be looked up, and why, in one line: the log, the summary, `result`. */
function describeLookupPlan(record) {
    if (record.why === 'off')
        return 'verify-targets is false: no target is looked up';
    const targets = (0,src_words/* plural */.L)(record.targets ?? 0, 'target');
    const requests = (0,src_words/* plural */.L)(record.requests ?? 0, 'request');
    const phrases = (record.sources ?? []).map(describeSource).join('; ');
    if (record.why === 'too-costly') {
        return `Not looking ${targets} up: it would take at least ${requests} (${phrases}), more than the ${(0,src_words/* groupDigits */.K)(record.maxRequests ?? 0)} that verify-targets: auto allows, about a minute at Box's pace; set verify-targets: true to look them up anyway`;
    }
    if (record.why === 'not-run' || record.targets === undefined)
        return 'No lookup ran';
    const listing = record.plan === 'listing';
    const acting = record.asksActingEnterprise
        ? ', one of them asking users/me which enterprise the run acts in'
        : '';
    if (!listing && !record.counted) {
        return `Looking up ${targets} one by one, ${LOOKUPS_IN_FLIGHT} at a time (${requests}${acting})`;
    }
    const lacks = listing ? '; what a listing lacks is then looked up one by one' : '';
    return `Looking up ${targets} in about ${requests}${acting}: ${phrases}${lacks}`;
}
/** "400 user targets by listing the enterprise's 50,000 users (50 pages) instead of 400 lookups". */
function describeSource(source) {
    const targets = (0,src_words/* plural */.L)(source.targets, `${source.noun} target`);
    if (source.count !== undefined) {
        const enterprise = `the enterprise's ${(0,src_words/* plural */.L)(source.count, source.noun)} (${(0,src_words/* plural */.L)(source.pages ?? 1, 'page')})`;
        return source.list
            ? `${targets} by listing ${enterprise} instead of ${(0,src_words/* groupDigits */.K)(source.lookups)} lookups`
            : `${targets} one by one, fewer requests than listing ${enterprise}`;
    }
    return source.countError !== undefined
        ? `${targets} one by one, as Box did not say how many ${source.name} the enterprise has (${source.countError})`
        : `${targets} one by one`;
}

;// CONCATENATED MODULE: ./src/action/log.ts












/** An endpoint with more batches than this logs its progress every 10 %, not every batch. */
const BATCH_LINES_LIMIT = 20;
/** Targets per line when the log has to name every one. */
const TARGETS_PER_LINE = 50;
/** One line of the log; text from inputs or Box cannot start a workflow command. */
function log_info(text) {
    info((0,safe_text/* safeText */.Hk)(text));
}
/**
 * What the run decided from its inputs, as debug lines: never a credential's value, only which
 * kind of credentials and subject.
 */
function logDecidedSettings(settings) {
    const { verify, auth } = settings;
    const lookups = verify.maxRequests === 0
        ? 'no lookup'
        : Number.isFinite(verify.maxRequests)
            ? `at most ${(0,src_words/* groupDigits */.K)(verify.maxRequests)} lookup requests`
            : 'every target looked up, and any unverified one stops the run';
    const subject = auth.method === 'token' ? '' : `, subject ${auth.subject.type}`;
    core_debug(`decided verify-targets: ${verify.input} (${lookups})`);
    core_debug(`decided batch-size ${settings.batchSize}, max-retries ${settings.maxRetries}, request-timeout ${settings.requestTimeoutMs} ms`);
    core_debug(`decided dry-run ${settings.dryRun}, fail-on-unknown ${settings.failOnUnknown}, job-summary ${settings.jobSummary}`);
    core_debug(`decided credentials: ${auth.method}${subject}`);
    core_debug((0,safe_text/* safeText */.Hk)(`decided base-url: ${settings.baseUrl}`));
    core_debug(`decided targets: ${targetCounts(settings.targets) || 'none'}`);
}
// Two lines name the counts of the targets read: they are counted once.
const countsRead = new WeakMap();
function targetCounts(targets) {
    let counts = countsRead.get(targets);
    // Stryker disable next-line ConditionalExpression: counting again gives the same words
    if (counts === undefined)
        countsRead.set(targets, (counts = (0,targets_target/* describeCounts */.wv)(targets)));
    return counts;
}
/** What the inputs hold, and what deserves a look: ignored file columns, look-alike characters. */
function logInputNotes(settings) {
    log_info(`Read ${(0,src_words/* plural */.L)(settings.targets.length, 'target')}: ${targetCounts(settings.targets)}`);
    for (const note of settings.notes)
        log_info(note);
    for (const target of settings.targets) {
        const kind = (0,targets_kinds/* kindOf */.I)(target.kind);
        const characters = kind.lookAlikes?.(target.value);
        if (characters) {
            warning((0,safe_text/* safeText */.Hk)(`${(0,targets_target/* describeOrigin */.uN)(target)}: ${(0,safe_text/* quoteEntry */.pM)(target.value)} has characters outside ASCII (${characters}); check that it is the ${kind.label[0]} you mean and not a look-alike`), { title: 'Look-alike characters' });
        }
    }
}
function logRetry(label, notice) {
    const wait = `retrying in ${(notice.waitMs / 1000).toFixed(1)} s`;
    const pace = notice.paceMs === undefined
        ? ''
        : `; from then on a request starts at most every ${(0,src_words/* groupDigits */.K)(notice.paceMs)} ms, to keep under Box's rate limit`;
    log_info(`${label}: attempt ${notice.attempt} failed (${notice.reason}); ${wait}${notice.everyRequestWaits ? ', and every request waits as long' : ''}${pace}`);
}
function logIdentity(who) {
    log_info(`Acting as ${who.name} (${who.login}, user ${who.id}, role ${who.role || 'unknown'})`);
}
/**
 * How the targets are to be looked up, in one line; a notice when verify-targets asked for lookups
 * and the run skips them as too costly.
 */
function logLookupPlan(record, policy) {
    if (record.plan === 'none' && policy.maxRequests > 0) {
        notice((0,safe_text/* safeText */.Hk)(describeLookupPlan(record)), { title: 'Targets not looked up' });
    }
    else {
        log_info(describeLookupPlan(record));
    }
}
/** Who each target is, as soon as the lookups are done: before anything is terminated. */
function logLookedUp(ledger, strict, cancelled = false) {
    if (ledger.lookups.plan === 'none')
        return;
    for (const line of ledger.lookups.stopped ?? [])
        log_info(line);
    startGroup('Who the targets are');
    for (const entry of ledger.entries.slice(0, TARGETS_SHOWN)) {
        log_info(`${(0,safe_text/* quoteEntry */.pM)(entry.target.value)}: ${describeLookup(entry, ledger)}`);
    }
    if (ledger.entries.length > TARGETS_SHOWN) {
        log_info(`and ${(0,src_words/* groupDigits */.K)(ledger.entries.length - TARGETS_SHOWN)} more: every target is in the report-file`);
    }
    endGroup();
    const unverified = ledger.entries.filter(e => e.lookup === 'unverified');
    if (unverified.length > 0 && (!strict || cancelled)) {
        const reasons = [...new Set(unverified.map(e => e.detail ?? ''))];
        const count = unverified.length;
        const then = cancelled
            ? `${count === 1 ? 'is' : 'are'}, and nothing is sent, as the run was cancelled`
            : count === 1
                ? 'is, so it is sent as given'
                : 'are, so they are sent as given';
        warning((0,safe_text/* safeText */.Hk)(`Box did not say who ${(0,src_words/* plural */.L)(count, 'target')} ${then}: ${reasons.slice(0, 3).join('; ')}`), { title: 'Targets not verified' });
    }
    const external = externalLine(ledger, LISTED_TARGETS);
    if (external)
        warning((0,safe_text/* safeText */.Hk)(external), { title: 'External users' });
}
/** Each endpoint's targets in a log group, before they are sent. */
function logPlanned(ledger) {
    for (const { endpoint, batches } of batchesByEndpoint(ledger)) {
        const count = (0,src_words/* plural */.L)(batches.length, 'batch', 'batches');
        const dryRun = ledger.dryRun ? ' (dry run: not sent)' : '';
        const kinds = (0,targets_target/* firstOfKind */.YW)(batchedTargets(batches), LISTED_TARGETS);
        const counts = kinds.map(({ kind, count: total }) => (0,targets_kind/* countLabel */.Q)(kind, total)).join(', ');
        startGroup((0,safe_text/* safeText */.Hk)(`${endpoint.path}: ${counts} in ${count}${dryRun}`));
        for (const { kind, count: total, first } of kinds) {
            const more = total > first.length ? `, and ${(0,src_words/* groupDigits */.K)(total - first.length)} more` : '';
            const list = kind.sends === 'found-id' ? `${kind.bodyKey} found for ${kind.input}` : kind.bodyKey;
            log_info(`${list}: ${first.map(t => t.value).join(', ')}${more}`);
        }
        endGroup();
    }
    const covered = withOutcome(ledger, 'covered');
    for (const entry of covered.slice(0, LISTED_TARGETS)) {
        const by = entry.coveredBy?.target;
        const as = by ? `${(0,targets_kinds/* kindOf */.I)(by.kind).label[0]} ${by.value}` : '';
        log_info(`${(0,safe_text/* quoteEntry */.pM)(entry.target.value)} is ${as}, also listed: sent once, as ${as}`);
    }
    if (covered.length > LISTED_TARGETS) {
        log_info(`and ${(0,src_words/* groupDigits */.K)(covered.length - LISTED_TARGETS)} more targets sent once, as another`);
    }
}
/**
 * Logs each finished batch as it ends: every batch when an endpoint has few, otherwise every
 * 10 % of its batches; a failed batch always. A piece of a refused batch is logged as a batch is,
 * and not counted among the batches.
 */
function progressLog() {
    const done = new Map();
    return batch => {
        const answer = batch.answer;
        const path = batch.endpoint.path;
        if (batch.piece !== undefined) {
            if (answer)
                logAnswer(batch, answer);
            return;
        }
        const tally = done.get(path) ?? { batches: 0, targets: 0, failed: 0 };
        tally.batches++;
        tally.targets += batch.entries.length;
        if (!answer?.ok)
            tally.failed++;
        done.set(path, tally);
        if (answer)
            logAnswer(batch, answer);
        const step = Math.ceil(batch.endpointBatches / 10);
        if (batch.endpointBatches > BATCH_LINES_LIMIT &&
            (tally.batches % step === 0 || tally.batches === batch.endpointBatches)) {
            const failed = tally.failed > 0 ? `, ${(0,src_words/* groupDigits */.K)(tally.failed)} failed` : '';
            log_info(`${path}: ${(0,src_words/* groupDigits */.K)(tally.batches)}/${(0,src_words/* groupDigits */.K)(batch.endpointBatches)} batches, ${(0,src_words/* groupDigits */.K)(tally.targets)} targets${failed}`);
        }
    };
}
/** A request's answer in a line: a refusal always, an acceptance when its endpoint has few batches. */
function logAnswer(batch, answer) {
    const size = (0,src_words/* plural */.L)(batch.entries.length, 'target');
    if (!answer.ok) {
        log_info(`${batchLabel(batch)} failed (${size}): ${answer.error}`);
    }
    else if (batch.endpointBatches <= BATCH_LINES_LIMIT) {
        const id = answer.requestId ? `, request id ${answer.requestId}` : '';
        log_info(`${batchLabel(batch)}: HTTP ${answer.status ?? 'none'} after ${(0,src_words/* plural */.L)(answer.attempts, 'attempt')} in ${Math.round(answer.durationMs)} ms${id} (${size})`);
    }
}
/** What the run did, once it is over. */
function logOutcome(ledger, settings) {
    for (const { endpoint, batches } of batchesByEndpoint(ledger)) {
        const answered = batches.filter(b => b.answer);
        if (answered.length === 0)
            continue;
        const ok = answered.filter(b => b.answer?.ok).length;
        const pieces = answeredRequests(batches).filter(request => request.piece !== undefined);
        const inPieces = pieces.length > 0
            ? `; ${(0,src_words/* groupDigits */.K)(pieces.filter(p => p.answer.ok).length)} of ${(0,src_words/* plural */.L)(pieces.length, 'piece')} of refused batches accepted`
            : '';
        log_info(`${endpoint.path}: ${(0,src_words/* groupDigits */.K)(ok)} of ${(0,src_words/* plural */.L)(batches.length, 'batch', 'batches')} succeeded${inPieces}`);
        for (const message of endpointMessages(batches))
            log_info(`Box message: ${message}`);
    }
    for (const note of ledger.splitting.notes) {
        notice((0,safe_text/* safeText */.Hk)(note), { title: 'What Box refuses' });
    }
    if (ledger.splitting.notIsolated > 0) {
        warning(`${(0,src_words/* plural */.L)(ledger.splitting.notIsolated, 'target')} of requests Box refused were not sent again in smaller pieces: the run sends at most ${(0,src_words/* groupDigits */.K)(PIECES_BUDGET)} pieces. They failed in Box's words and are in the remainder.`, { title: 'Refusals not isolated' });
    }
    log_info(`Outcome: ${(0,src_words/* plural */.L)(ledger.entries.length, 'target')}: ${describeOutcomes(ledger)}`);
    const unknown = notFoundLine(ledger, LISTED_TARGETS);
    if (unknown && !settings.failOnUnknown) {
        warning((0,safe_text/* safeText */.Hk)(unknown), { title: 'Targets not found' });
    }
}
/** Names every target left, all of them, in a collapsed group: when the remainder file could not be written. */
function logRemainder(entries) {
    startGroup(`Not accepted by Box: ${(0,src_words/* plural */.L)(entries.length, 'target')} (the remainder file could not be written)`);
    for (const { kind, count, first } of (0,targets_target/* firstOfKind */.YW)(entries.map(e => e.target), entries.length)) {
        for (let start = 0; start < first.length; start += TARGETS_PER_LINE) {
            const values = first.slice(start, start + TARGETS_PER_LINE).map(t => t.value);
            log_info(`${(0,targets_kind/* countLabel */.Q)(kind, count)}, ${start + 1}\u2013${start + values.length}: ${values.join(', ')}`);
        }
    }
    endGroup();
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
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
// EXTERNAL MODULE: ./node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js
var lib = __nccwpck_require__(659);
;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/internal/utils.js
var utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


function getAuthString(token, options) {
    if (!token && !options.auth) {
        throw new Error('Parameter token or opts.auth is required');
    }
    else if (token && options.auth) {
        throw new Error('Parameters token and opts.auth may not both be specified');
    }
    return typeof options.auth === 'string' ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
    const hc = new lib.HttpClient();
    return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
    const hc = new lib.HttpClient();
    return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
    const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
    const proxyFetch = (url, opts) => utils_awaiter(this, void 0, void 0, function* () {
        return (0,undici.fetch)(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
    });
    return proxyFetch;
}
function getApiBaseUrl() {
    return process.env['GITHUB_API_URL'] || 'https://api.github.com';
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
    var _a;
    const orchId = (_a = process.env['ACTIONS_ORCHESTRATION_ID']) === null || _a === void 0 ? void 0 : _a.trim();
    if (orchId) {
        const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
        const tag = `actions_orchestration_id/${sanitizedId}`;
        if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
            return baseUserAgent;
        const ua = baseUserAgent ? `${baseUserAgent} ` : '';
        return `${ua}${tag}`;
    }
    return baseUserAgent;
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function dist_bundle_lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = dist_bundle_lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" \u2192 "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter \u2014 see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
const dist_src_version_VERSION = "17.0.0";

//# sourceMappingURL=version.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

//# sourceMappingURL=endpoints.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

//# sourceMappingURL=endpoints-to-methods.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js


function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = dist_src_version_VERSION;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = dist_src_version_VERSION;

//# sourceMappingURL=index.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/utils.js


// octokit + plugins



const context = new Context();
const baseUrl = getApiBaseUrl();
const defaults = {
    baseUrl,
    request: {
        agent: getProxyAgent(baseUrl),
        fetch: getProxyFetch(baseUrl)
    }
};
const utils_GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);

/**
 * Convience function to correctly format Octokit Options to pass into the constructor.
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function utils_getOctokitOptions(token, options) {
    const opts = Object.assign({}, options || {}); // Shallow clone - don't mutate the object provided by the caller
    // Auth
    const auth = Utils.getAuthString(token, opts);
    if (auth) {
        opts.auth = auth;
    }
    // Orchestration ID
    const userAgent = Utils.getUserAgentWithOrchestrationId(opts.userAgent);
    if (userAgent) {
        opts.userAgent = userAgent;
    }
    return opts;
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/github.js


const github_context = new Context();
/**
 * Returns a hydrated octokit ready to use for GitHub Actions
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokit(token, options, ...additionalPlugins) {
    const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
    return new GitHubWithPlugins(getOctokitOptions(token, options));
}
//# sourceMappingURL=github.js.map
;// CONCATENATED MODULE: ./src/action/audit.ts

/** The run's context from @actions/github. */
function runContext() {
    let repository;
    try {
        repository = `${github_context.repo.owner}/${github_context.repo.repo}`;
    }
    catch {
        // context.repo throws when GITHUB_REPOSITORY is not set, as outside a runner.
        repository = undefined;
    }
    return {
        actor: github_context.actor,
        eventName: github_context.eventName,
        workflow: github_context.workflow,
        serverUrl: github_context.serverUrl,
        runId: github_context.runId,
        runAttempt: github_context.runAttempt,
        repository
    };
}
function auditContext(run) {
    const attempt = run.runAttempt > 1 ? `/attempts/${run.runAttempt}` : '';
    const runUrl = run.repository && run.runId
        ? `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}${attempt}`
        : undefined;
    return { actor: run.actor, eventName: run.eventName, workflow: run.workflow, runUrl };
}

;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/utils/get.js
// Lodash implementation of `get`

const charCodeOfDot = ".".charCodeAt(0);
const reEscapeChar = /\\(\\)?/g;
const rePropName = RegExp(
  // Match anything that isn't a dot or bracket.
  "[^.[\\]]+" +
    "|" +
    // Or match property names within brackets.
    "\\[(?:" +
    // Match a non-string expression.
    "([^\"'][^[]*)" +
    "|" +
    // Or match strings (supports escaping characters).
    "([\"'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2" +
    ")\\]" +
    "|" +
    // Or match "" as the space between consecutive dots or empty brackets.
    "(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))",
  "g",
);
const reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
const reIsPlainProp = /^\w*$/;

const getTag = function (value) {
  // if (!value) value === undefined ? "[object Undefined]" : "[object Null]";
  return Object.prototype.toString.call(value);
};

const isSymbol = function (value) {
  const type = typeof value;
  return (
    type === "symbol" ||
    (type === "object" && value && getTag(value) === "[object Symbol]")
  );
};

const isKey = function (value, object) {
  if (Array.isArray(value)) {
    return false;
  }
  const type = typeof value;
  if (
    type === "number" ||
    type === "symbol" ||
    type === "boolean" ||
    !value ||
    isSymbol(value)
  ) {
    return true;
  }
  return (
    reIsPlainProp.test(value) ||
    !reIsDeepProp.test(value) ||
    (object != null && value in Object(object))
  );
};

const stringToPath = function (string) {
  const result = [];
  if (string.charCodeAt(0) === charCodeOfDot) {
    result.push("");
  }
  string.replace(rePropName, function (match, expression, quote, subString) {
    let key = match;
    if (quote) {
      key = subString.replace(reEscapeChar, "$1");
    } else if (expression) {
      key = expression.trim();
    }
    result.push(key);
  });
  return result;
};

const castPath = function (value, object) {
  if (Array.isArray(value)) {
    return value;
  } else {
    return isKey(value, object) ? [value] : stringToPath(value);
  }
};

const toKey = function (value) {
  if (typeof value === "string" || isSymbol(value)) return value;
  const result = `${value}`;
  return result == "0" && 1 / value == -Infinity ? "-0" : result;
};

const get = function (object, path) {
  path = castPath(path, object);
  let index = 0;
  const length = path.length;
  while (object != null && index < length) {
    object = object[toKey(path[index++])];
  }
  return index && index === length ? object : undefined;
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/api/normalize_columns.js
const normalize_columns = function (columns) {
  if (columns === undefined || columns === null) {
    return [undefined, undefined];
  }
  if (typeof columns !== "object") {
    return [Error('Invalid option "columns": expect an array or an object')];
  }
  if (!Array.isArray(columns)) {
    const newcolumns = [];
    for (const k in columns) {
      newcolumns.push({
        key: k,
        header: columns[k],
      });
    }
    columns = newcolumns;
  } else {
    const newcolumns = [];
    for (const column of columns) {
      if (typeof column === "string") {
        newcolumns.push({
          key: column,
          header: column,
        });
      } else if (
        typeof column === "object" &&
        column !== null &&
        !Array.isArray(column)
      ) {
        if (!column.key) {
          return [
            Error('Invalid column definition: property "key" is required'),
          ];
        }
        if (column.header === undefined) {
          column.header = column.key;
        }
        newcolumns.push(column);
      } else {
        return [
          Error("Invalid column definition: expect a string or an object"),
        ];
      }
    }
    columns = newcolumns;
  }
  return [undefined, columns];
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ");
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString()
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/api/normalize_options.js




const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    return [
      new CsvError("CSV_OPTION_BOOLEAN_INVALID_TYPE", [
        "option `bom` is optional and must be a boolean value,",
        `got ${JSON.stringify(options.bom)}`,
      ]),
    ];
  }
  // Normalize option `delimiter`
  if (options.delimiter === undefined || options.delimiter === null) {
    options.delimiter = ",";
  } else if (Buffer.isBuffer(options.delimiter)) {
    options.delimiter = options.delimiter.toString();
  } else if (typeof options.delimiter !== "string") {
    return [
      new CsvError("CSV_OPTION_DELIMITER_INVALID_TYPE", [
        "option `delimiter` must be a buffer or a string,",
        `got ${JSON.stringify(options.delimiter)}`,
      ]),
    ];
  }
  // Normalize option `quote`
  if (options.quote === undefined || options.quote === null) {
    options.quote = '"';
  } else if (options.quote === true) {
    options.quote = '"';
  } else if (options.quote === false) {
    options.quote = "";
  } else if (Buffer.isBuffer(options.quote)) {
    options.quote = options.quote.toString();
  } else if (typeof options.quote !== "string") {
    return [
      new CsvError("CSV_OPTION_QUOTE_INVALID_TYPE", [
        "option `quote` must be a boolean, a buffer or a string,",
        `got ${JSON.stringify(options.quote)}`,
      ]),
    ];
  }
  // Normalize option `quoted`
  if (options.quoted === undefined || options.quoted === null) {
    options.quoted = false;
  } else {
    // todo
  }
  // Normalize option `escape_formulas`
  if (
    options.escape_formulas === undefined ||
    options.escape_formulas === null
  ) {
    options.escape_formulas = false;
  } else if (typeof options.escape_formulas !== "boolean") {
    return [
      new CsvError("CSV_OPTION_ESCAPE_FORMULAS_INVALID_TYPE", [
        "option `escape_formulas` must be a boolean,",
        `got ${JSON.stringify(options.escape_formulas)}`,
      ]),
    ];
  }
  // Normalize option `quoted_empty`
  if (options.quoted_empty === undefined || options.quoted_empty === null) {
    options.quoted_empty = undefined;
  } else {
    // todo
  }
  // Normalize option `quoted_match`
  if (
    options.quoted_match === undefined ||
    options.quoted_match === null ||
    options.quoted_match === false
  ) {
    options.quoted_match = null;
  } else if (!Array.isArray(options.quoted_match)) {
    options.quoted_match = [options.quoted_match];
  }
  if (options.quoted_match) {
    for (const quoted_match of options.quoted_match) {
      const isString = typeof quoted_match === "string";
      const isRegExp = quoted_match instanceof RegExp;
      if (!isString && !isRegExp) {
        return [
          new CsvError("CSV_OPTION_QUOTED_MATCH", [
            "option `quoted_match` must be a string or a regex,",
            `got ${JSON.stringify(options.quoted_match)}`,
          ]),
        ];
      }
    }
  }
  // Normalize option `quoted_string`
  if (options.quoted_string === undefined || options.quoted_string === null) {
    options.quoted_string = false;
  } else {
    // todo
  }
  // Normalize option `eof`
  if (options.eof === undefined || options.eof === null) {
    options.eof = true;
  } else {
    // todo
  }
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === null) {
    options.escape = '"';
  } else if (Buffer.isBuffer(options.escape)) {
    options.escape = options.escape.toString();
  } else if (typeof options.escape !== "string") {
    return [
      Error(
        `Invalid Option: escape must be a buffer or a string, got ${JSON.stringify(options.escape)}`,
      ),
    ];
  }
  if (options.escape.length > 1) {
    return [
      Error(
        `Invalid Option: escape must be one character, got ${options.escape.length} characters`,
      ),
    ];
  }
  // Normalize option `header`
  if (
    options.header === undefined ||
    options.header === null ||
    options.header === false
  ) {
    options.header = false;
  } else if (options.header !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER",
      [
        "option `header` is expected to be a boolean,",
        `got ${JSON.stringify(options.header)}`,
      ],
      options,
    );
  }
  // Normalize option `headers_as_comment`
  if (
    options.header_as_comment === undefined ||
    options.header_as_comment === null ||
    options.header_as_comment === false
  ) {
    options.header_as_comment = false;
  } else if (options.header_as_comment === true) {
    options.header_as_comment = "#";
  } else if (Buffer.isBuffer(options.header_as_comment)) {
    options.header_as_comment = options.header_as_comment.toString();
  } else if (typeof options.header_as_comment !== "string") {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER_AS_COMMENT",
      [
        "option `header_as_comment` must be a boolean, a string or a buffer,",
        `got ${JSON.stringify(options.header_as_comment)}`,
      ],
      options,
    );
  }
  // if (options.header_as_comment && !options.comment?.length) {
  //   throw new CsvError(
  //     "CSV_INVALID_OPTION_COMMENT",
  //     [
  //       "option `comment` must be a non empty string or buffer when using `header_as_comment`,",
  //       `got ${JSON.stringify(options.comment)}`,
  //     ],
  //     options,
  //   );
  // }
  // Header is always enabled with `header_as_comment`
  // if (options.header_as_comment === true) {
  //   options.header = true;
  // }
  // Normalize option `columns`
  const [errColumns, columns] = normalize_columns(options.columns);
  if (errColumns !== undefined) return [errColumns];
  options.columns = columns;
  // Normalize option `quoted`
  if (options.quoted === undefined || options.quoted === null) {
    options.quoted = false;
  } else {
    // todo
  }
  // Normalize option `cast`
  if (options.cast === undefined || options.cast === null) {
    options.cast = {};
  } else {
    // todo
  }
  // Normalize option cast.bigint
  if (options.cast.bigint === undefined || options.cast.bigint === null) {
    // Cast boolean to string by default
    options.cast.bigint = (value) => "" + value;
  }
  // Normalize option cast.boolean
  if (options.cast.boolean === undefined || options.cast.boolean === null) {
    // Cast boolean to string by default
    options.cast.boolean = (value) => (value ? "1" : "");
  }
  // Normalize option cast.date
  if (options.cast.date === undefined || options.cast.date === null) {
    // Cast date to timestamp string by default
    options.cast.date = (value) => "" + value.getTime();
  }
  // Normalize option cast.number
  if (options.cast.number === undefined || options.cast.number === null) {
    // Cast number to string using native casting by default
    options.cast.number = (value) => "" + value;
  }
  // Normalize option cast.object
  if (options.cast.object === undefined || options.cast.object === null) {
    // Stringify object as JSON by default
    options.cast.object = (value) => JSON.stringify(value);
  }
  // Normalize option cast.string
  if (options.cast.string === undefined || options.cast.string === null) {
    // Leave string untouched
    options.cast.string = function (value) {
      return value;
    };
  }
  // Normalize option `on_record`
  if (
    options.on_record !== undefined &&
    typeof options.on_record !== "function"
  ) {
    return [Error(`Invalid Option: "on_record" must be a function.`)];
  }
  // Normalize option `quote_record_delimiter`
  if (
    options.quote_record_delimiter === undefined ||
    options.quote_record_delimiter === null
  ) {
    options.quote_record_delimiter = !options.record_delimiter;
  } else if (typeof options.quote_record_delimiter !== "boolean") {
    return [
      new CsvError("CSV_OPTION_QUOTE_RECORD_DELIMITER_INVALID_TYPE", [
        "option `quote_record_delimiter` must be a boolean,",
        `got ${JSON.stringify(options.quote_record_delimiter)}`,
      ]),
    ];
  }
  // Normalize option `record_delimiter`
  if (
    options.record_delimiter === undefined ||
    options.record_delimiter === null
  ) {
    options.record_delimiter = "\n";
  } else if (Buffer.isBuffer(options.record_delimiter)) {
    options.record_delimiter = options.record_delimiter.toString();
  } else if (typeof options.record_delimiter !== "string") {
    return [
      Error(
        `Invalid Option: record_delimiter must be a buffer or a string, got ${JSON.stringify(options.record_delimiter)}`,
      ),
    ];
  }
  switch (options.record_delimiter) {
    case "unix":
      options.record_delimiter = "\n";
      break;
    case "mac":
      options.record_delimiter = "\r";
      break;
    case "windows":
      options.record_delimiter = "\r\n";
      break;
    case "ascii":
      options.record_delimiter = "\u001e";
      break;
    case "unicode":
      options.record_delimiter = "\u2028";
      break;
  }
  return [undefined, options];
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/api/index.js




const bom_utf8 = Buffer.from([239, 187, 191]);
// True when appending `separator` after `value` would let `parse` find
// `separator` starting inside `value`. Besides the field containing the whole
// separator, this also covers boundary fusion: a field whose tail is a
// non-empty prefix of a multi-character separator merges with the appended
// separator (eg value "a:" + delimiter "::" => "a:::", matched at offset 1).
// Such fields must be quoted to round-trip, like RFC 4180 fields containing the
// delimiter, generalized to multi-character delimiters and record delimiters.
const emits_separator = function (value, separators) {
  return separators.some(
    (separator) =>
      separator.length !== 0 &&
      (value.indexOf(separator) !== -1 ||
        (separator.length > 1 &&
          (value + separator).indexOf(separator) < value.length)),
  );
};
// True when `value` matches one of the `quoted_match` patterns. The regexps
// come from the user and the same objects are reused for every field, so the
// test must not depend on their state: `RegExp.prototype.test` advances
// `lastIndex` on a global or sticky regexp, which would make a match in one
// field move where the next field starts matching. `String.prototype.search`
// searches from the start and restores `lastIndex`, and is equivalent to
// `test` for the stateless regexps.
const matches_quoted_match = function (value, quoted_match) {
  if (!quoted_match) return false;
  return quoted_match.some((pattern) =>
    typeof pattern === "string"
      ? value.indexOf(pattern) !== -1
      : value.search(pattern) !== -1,
  );
};

const stringifier = function (options, state, info) {
  return {
    options: options,
    state: state,
    info: info,
    __transform: function (chunk, push) {
      // Chunk validation
      if (!Array.isArray(chunk) && typeof chunk !== "object") {
        return Error(
          `Invalid Record: expect an array or an object, got ${JSON.stringify(chunk)}`,
        );
      }
      // Detect columns from the first record
      if (this.info.records === 0) {
        if (Array.isArray(chunk)) {
          if (
            this.options.header === true &&
            this.options.columns === undefined
          ) {
            return Error(
              "Undiscoverable Columns: header option requires column option or object records",
            );
          }
        } else if (this.options.columns === undefined) {
          const [err, columns] = normalize_columns(Object.keys(chunk));
          if (err) return;
          this.options.columns = columns;
        }
      }
      // Emit the header
      if (this.info.records === 0) {
        this.bom(push);
        const err = this.headers(push);
        if (err) return err;
      }
      // Emit and stringify the record if an object or an array
      try {
        // this.emit('record', chunk, this.info.records);
        if (this.options.on_record) {
          this.options.on_record(chunk, this.info.records);
        }
      } catch (err) {
        return err;
      }
      // Convert the record into a string
      let err, chunk_string;
      if (this.options.eof) {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === undefined) {
          return;
        } else {
          chunk_string = chunk_string + this.options.record_delimiter;
        }
      } else {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === undefined) {
          return;
        } else {
          if (this.options.header || this.info.records) {
            chunk_string = this.options.record_delimiter + chunk_string;
          }
        }
      }
      // Emit the csv
      this.info.records++;
      push(chunk_string);
    },
    stringify: function (chunk, chunkIsHeader = false) {
      if (typeof chunk !== "object") {
        return [undefined, chunk];
      }
      const { columns } = this.options;
      const record = [];
      // Record is an array
      if (Array.isArray(chunk)) {
        // We are getting an array but the user has specified output columns. In
        // this case, we respect the columns indexes
        const length = columns
          ? Math.min(chunk.length, columns.length)
          : chunk.length;
        // Cast record elements
        for (let i = 0; i < length; i++) {
          const field = chunk[i];
          const [err, value] = this.__cast(field, {
            index: i,
            column: i,
            records: this.info.records,
            header: chunkIsHeader,
          });
          if (err) return [err];
          record[i] = [value, field];
        }
        // Record is a literal object
        // `columns` is always defined: it is either provided or discovered.
      } else {
        for (let i = 0; i < columns.length; i++) {
          const field = get(chunk, columns[i].key);
          const [err, value] = this.__cast(field, {
            index: i,
            column: columns[i].key,
            records: this.info.records,
            header: chunkIsHeader,
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      }
      let csvrecord = "";
      for (let i = 0; i < record.length; i++) {
        let options, err;

        let [value, field] = record[i];
        if (typeof value === "string") {
          options = this.options;
        } else if (is_object(value)) {
          // Value is considerered as a mix of a value and options
          options = { ...value };
          value = options.value;
          delete options.value;
          if (
            typeof value !== "string" &&
            value !== undefined &&
            value !== null
          ) {
            if (err)
              return [
                Error(
                  `Invalid Casting Value: returned value must return a string, null or undefined, got ${JSON.stringify(value)}`,
                ),
              ];
          }
          // Merge global options with the ones returned by cast
          options = { ...this.options, ...options };
          [err, options] = normalize_options(options);
          if (err !== undefined) {
            return [err];
          }
        } else if (value === undefined || value === null) {
          options = this.options;
        } else {
          return [
            Error(
              `Invalid Casting Value: returned value must return a string, an object, null or undefined, got ${JSON.stringify(value)}`,
            ),
          ];
        }
        const {
          delimiter,
          escape,
          quote,
          quoted,
          quoted_empty,
          quoted_string,
          quoted_match,
          record_delimiter,
          quote_record_delimiter,
          escape_formulas,
        } = options;
        if ("" === value && "" === field) {
          const quotedMatch = matches_quoted_match(value, quoted_match);
          const shouldQuote =
            quotedMatch ||
            true === quoted_empty ||
            (true === quoted_string && false !== quoted_empty);
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (value) {
          if (typeof value !== "string") {
            return [
              Error(
                `Formatter must return a string, null or undefined, got ${JSON.stringify(value)}`,
              ),
            ];
          }
          const containsdelimiter = emits_separator(value, [delimiter]);
          const containsQuote = quote !== "" && value.indexOf(quote) >= 0;
          const containsEscape = value.indexOf(escape) >= 0 && escape !== quote;
          // Testing `\n` and `\r` covers the three sequences `parse` discovers
          const containsRecordDelimiter = emits_separator(value, [
            record_delimiter,
            ...(quote_record_delimiter === false ? [] : ["\n", "\r"]),
          ]);
          const quotedString = quoted_string && typeof field === "string";
          const quotedMatch = matches_quoted_match(value, quoted_match);
          // See https://github.com/adaltas/node-csv/pull/387
          // More about CSV injection or formula injection, when websites embed
          // untrusted input inside CSV files:
          // https://owasp.org/www-community/attacks/CSV_Injection
          // http://georgemauer.net/2017/10/07/csv-injection.html
          // Apple Numbers unicode normalization is empirical from testing
          if (escape_formulas) {
            switch (value[0]) {
              case "-":
                if (typeof field === "number" || typeof field === "bigint") {
                  break;
                }
                value = `'${value}`;
                break;
              case "=":
              case "+":
              case "@":
              case "\t":
              case "\r":
              case "\uFF1D": // Unicode '='
              case "\uFF0B": // Unicode '+'
              case "\uFF0D": // Unicode '-'
              case "\uFF20": // Unicode '@'
                value = `'${value}`;
                break;
            }
          }
          const shouldQuote =
            containsQuote === true ||
            containsdelimiter ||
            containsRecordDelimiter ||
            quoted ||
            quotedString ||
            quotedMatch;
          if (shouldQuote === true && containsEscape === true) {
            value = value.replaceAll(escape, () => escape + escape);
          }
          if (containsQuote === true) {
            value = value.replaceAll(quote, () => escape + quote);
          }
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (
          quoted_empty === true ||
          (field === "" && quoted_string === true && quoted_empty !== false)
        ) {
          csvrecord += quote + quote;
        }
        if (i !== record.length - 1) {
          csvrecord += delimiter;
        }
      }
      return [undefined, csvrecord];
    },
    bom: function (push) {
      if (this.options.bom !== true) {
        return;
      }
      push(bom_utf8);
    },
    headers: function (push) {
      if (this.options.header === false) {
        return;
      }
      if (this.options.columns === undefined) {
        return;
      }
      let err;
      let headers = this.options.columns.map((column) => column.header);
      if (this.options.eof) {
        [err, headers] = this.stringify(headers, true);
        headers += this.options.record_delimiter;
      } else {
        [err, headers] = this.stringify(headers, true);
      }
      if (err) return err;
      if (this.options.header_as_comment) {
        headers = this.options.header_as_comment + " " + headers;
      }
      push(headers);
    },
    __cast: function (value, context) {
      const type = typeof value;
      try {
        if (type === "string") {
          // Fine for 99% of the cases
          return [undefined, this.options.cast.string(value, context)];
        } else if (type === "bigint") {
          return [undefined, this.options.cast.bigint(value, context)];
        } else if (type === "number") {
          return [undefined, this.options.cast.number(value, context)];
        } else if (type === "boolean") {
          return [undefined, this.options.cast.boolean(value, context)];
        } else if (value instanceof Date) {
          return [undefined, this.options.cast.date(value, context)];
        } else if (type === "object" && value !== null) {
          return [undefined, this.options.cast.object(value, context)];
        } else if (value === null && this.options.cast.null !== undefined) {
          return [undefined, this.options.cast.null(value, context)];
        } else if (
          value === undefined &&
          this.options.cast.undefined !== undefined
        ) {
          return [undefined, this.options.cast.undefined(value, context)];
        } else {
          return [undefined, value];
        }
      } catch (err) {
        return [err];
      }
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/sync.js
/*
CSV Stringify

Please look at the [Sync API](https://csv.js.org/stringify/api/sync/) for
additional information.
*/




const stringify = function (records, opts = {}) {
  const data = [];
  const [err, options] = normalize_options(opts);
  if (err !== undefined) throw err;
  const state = {
    stop: false,
  };
  // Information
  const info = {
    records: 0,
  };
  const api = stringifier(options, state, info);
  for (const record of records) {
    const err = api.__transform(record, function (record) {
      data.push(record);
    });
    if (err !== undefined) throw err;
  }
  if (data.length === 0) {
    api.bom((d) => {
      data.push(d);
    });
    const err = api.headers((headers) => {
      data.push(headers);
    });
    if (err !== undefined) throw err;
  }
  return data.join("");
};



// EXTERNAL MODULE: ./src/targets/report-columns.ts
var report_columns = __nccwpck_require__(784);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/action/files.ts











/** Rows written in one turn of the event loop while the run goes on. */
const ROWS_PER_TURN = 1000;
/**
 * Rows made ready in one turn once the run is cancelled: the requests in flight have only their
 * grace left, and the rest of the record is to be written within it.
 */
const ROWS_PER_TURN_CANCELLED = 10_000;
/** Rows turned into CSV text together. */
const ROWS_PER_STRINGIFY = 100;
/** How many bytes of the report are gathered before they are written to the file. */
const WRITE_LENGTH = 1024 * 1024;
/** How many bytes of the rows made ready ahead are gathered in one piece. */
const SEGMENT_LENGTH = 64 * 1024;
/** How many different sets of a row's other cells the report remembers as CSV text. */
const TAILS_REMEMBERED = 1000;
/** The longest detail a report row carries; the log and summary have the rest. */
const DETAIL_LENGTH = 300;
/**
 * A new folder for this run's files: in RUNNER_TEMP, or, when it is unset or empty (a local run),
 * in the OS temp folder. The path is absolute.
 */
function createOutputFolder(runnerTemp) {
    const base = runnerTemp ? external_node_path_default().resolve(runnerTemp) : external_node_os_default().tmpdir();
    return external_node_fs_default().mkdtempSync(external_node_path_default().join(base, version/* OUTPUT_FOLDER_PREFIX */.cS));
}
/** The name a file is written under until it is whole. */
function partialName(file) {
    return `${file}.partial`;
}
/**
 * Writes all of `text`: a write may take less than it was given (a nearly full disk), so it goes
 * on from where it stopped, and a write that takes nothing is a full disk.
 */
function writeAll(io, fd, bytes) {
    for (let done = 0; done < bytes.length;) {
        const wrote = io.writeSync(fd, bytes, done, bytes.length - done);
        if (!(wrote > 0)) {
            throw Object.assign(new Error('ENOSPC: no space left on device, the write took nothing'), {
                code: 'ENOSPC'
            });
        }
        done += wrote;
    }
}
/**
 * Opens the report: a CSV row per target, in input order, written as targets end, so that at scale
 * the writing overlaps the waits on Box. Rows go through csv-stringify a hundred at a time (its
 * quickest) and to the file a megabyte at a time. It is written under partialName(file) and given
 * its name once whole, so that a run killed part way leaves no file by that name. Throws when the
 * file cannot be created.
 */
function openReport(file, ledger, io = (external_node_fs_default())) {
    const partial = partialName(file);
    const fd = io.openSync(partial, 'wx');
    let next = 0;
    let error;
    let open = true;
    const close = () => {
        if (open)
            io.closeSync(fd);
        open = false;
    };
    const tails = createTails();
    const out = csvBytes(tails, WRITE_LENGTH);
    const writeText = () => {
        writeAll(io, fd, out.take());
    };
    const write = (row) => {
        out.add(row);
        if (out.length >= WRITE_LENGTH)
            writeText();
    };
    // A failed write closes the report: nothing more is written.
    const guarded = (work) => {
        if (!open)
            return;
        try {
            work();
        }
        catch (failure) {
            error = failure;
            close();
        }
    };
    // Once the run is cancelled, rows past a request still in flight are made ready, as the bytes
    // of their CSV text, while it finishes: each run of ended targets from `from` to `to`, in order.
    // Stryker disable next-line ArrayDeclaration: rows made ready ahead change when their bytes are ready, not which bytes the report holds
    const ahead = [];
    let scanned = 0;
    /** Makes ready up to `most` rows past the first target that has not ended; says if more are left. */
    const renderAhead = (most) => {
        const { entries } = ledger;
        // Stryker disable next-line ArithmeticOperator: rows made ready ahead change when their bytes are ready, not which bytes the report holds
        scanned = Math.max(scanned, next + 1);
        let segment;
        const made = csvBytes(tails, SEGMENT_LENGTH);
        const seal = () => {
            const bytes = made.take();
            // Stryker disable next-line LogicalOperator,EqualityOperator,ConditionalExpression: only a segment's rows are made, and empty bytes add nothing
            if (segment && bytes.length > 0)
                segment.bytes.push(bytes);
        };
        // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: rows made ready ahead change when their bytes are ready, not which bytes the report holds
        for (let n = 0; scanned < entries.length && n < most; scanned++) {
            const entry = entries[scanned];
            // Stryker disable next-line ConditionalExpression: rows made ready ahead change when their bytes are ready, not which bytes the report holds
            if (!hasEnded(entry)) {
                seal();
                segment = undefined;
                continue;
            }
            // Stryker disable next-line ConditionalExpression: a segment of one row holds the same bytes
            if (!segment)
                ahead.push((segment = { from: scanned, to: scanned, bytes: [] }));
            made.add(reportRow(entry, ledger));
            segment.to = scanned + 1;
            n++;
            // Stryker disable next-line EqualityOperator,ConditionalExpression,CallExpression: the size of a segment's pieces, not their bytes
            if (made.length >= SEGMENT_LENGTH)
                seal();
        }
        seal();
        // Stryker disable next-line ConditionalExpression,EqualityOperator: rows made ready ahead change when their bytes are ready, not which bytes the report holds
        return scanned < entries.length;
    };
    let soon;
    /** Writes up to `most` rows of targets that have ended; says whether more are ready. */
    const writeRows = (most) => {
        let ready = false;
        guarded(() => {
            const { entries } = ledger;
            for (let n = 0; next < entries.length;) {
                const made = ahead[0];
                // Stryker disable next-line ConditionalExpression,BlockStatement: rows not taken as made ahead are made again, the same
                if (made?.from === next) {
                    writeText();
                    for (const bytes of made.bytes)
                        writeAll(io, fd, bytes);
                    next = made.to;
                    // Stryker disable next-line CallExpression: a segment left behind is never taken again; its rows are made again, the same
                    ahead.shift();
                    continue;
                }
                if (!hasEnded(entries[next])) {
                    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: rows made ready ahead change when their bytes are ready, not which bytes the report holds
                    if (ledger.cancelled && n < most)
                        ready = renderAhead(most - n);
                    break;
                }
                if (n === most) {
                    ready = true;
                    break;
                }
                write(reportRow(entries[next++], ledger));
                n++;
            }
            writeText();
        });
        return ready;
    };
    guarded(() => write([...report_columns/* REPORT_COLUMNS */.bE]));
    return {
        flushSoon() {
            soon ??= setTimeout(() => {
                soon = undefined;
                // A slice a turn, the rest on the next: many rows at once (the groups, say, which follow
                // every login) would make the heap grow for their garbage.
                if (writeRows(ledger.cancelled ? ROWS_PER_TURN_CANCELLED : ROWS_PER_TURN)) {
                    this.flushSoon();
                }
            }, 0);
        },
        flush: () => void writeRows(Number.POSITIVE_INFINITY),
        finish() {
            clearTimeout(soon);
            this.flush();
            guarded(() => {
                close();
                io.renameSync(partial, file);
            });
            if (error !== undefined) {
                try {
                    io.unlinkSync(partial);
                }
                catch {
                    // Nothing more can be done: report-file is emptied and the step says why.
                }
            }
        },
        get error() {
            return error;
        }
    };
}
const createTails = () => ({ byCells: new Map() });
/** No comma, quote or line break: csv-stringify writes such a cell as it is. */
const PLAIN_CELL = /^[^,"\r\n]*$/;
/**
 * A row's CSV text, when its target cells need no quoting (an ID, a login without a comma or a
 * quote), and the cells after them, which a batch's rows mostly share, are turned into CSV once
 * (csvText) and reused. The same text as csv-stringify gives the whole row; undefined for other
 * rows.
 */
function plainRowText(row, tails) {
    const width = targets_kinds/* TARGET_KINDS */.aO.length;
    for (let i = 0; i < width; i++)
        if (!PLAIN_CELL.test(row[i] ?? ''))
            return undefined;
    return `${row.slice(0, width).join(',')},${tailText(row, width, tails)}`;
}
/** The CSV text of the row's cells after the first `width`: the last row's, when they are the same. */
function tailText(row, width, tails) {
    const { last } = tails;
    if (
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a text remembered or made again is the same text
    last?.cells.length === row.length - width &&
        // Stryker disable next-line ConditionalExpression,ArithmeticOperator,ArrowFunction: a text remembered or made again is the same text
        last.cells.every((cell, i) => cell === row[width + i]))
        return last.text;
    const cells = row.slice(width);
    // Stryker disable next-line StringLiteral: keys that collide are told apart by their cells below
    const key = cells.join('\u001f');
    let known = tails.byCells.get(key);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a text remembered or made again is the same text
    if (!known || known.cells.some((cell, i) => cell !== cells[i])) {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: how much is remembered, not what is written
        if (tails.byCells.size >= TAILS_REMEMBERED)
            tails.byCells.clear();
        known = { cells, text: csvText(cells) };
        // Stryker disable next-line CallExpression: a text remembered or made again is the same text
        tails.byCells.set(key, known);
    }
    tails.last = known;
    return known.text;
}
/** One row's CSV text: joined as it is when no cell needs quoting, else by csv-stringify. */
function csvText(cells) {
    // Stryker disable next-line MethodExpression,ConditionalExpression,ArrowFunction: csv-stringify writes a row of plain cells as joining them does
    return cells.every(cell => PLAIN_CELL.test(cell)) ? `${cells.join(',')}\n` : stringify([cells]);
}
/**
 * Rows gathered as the bytes of their CSV text, each row's text written into one buffer as it
 * comes, rather than joined into one text and then turned into bytes, which costs more than making
 * the rows. Other rows go through csv-stringify a hundred at a time. `size`: about how many bytes
 * are gathered before they are taken; the buffer starts an eighth larger, so that the text that
 * passes `size` mostly fits, and grows to hold a longer one.
 */
function csvBytes(tails, size) {
    let rows = [];
    let buffer = Buffer.alloc(0);
    let used = 0;
    const push = (text) => {
        // A UTF-16 unit is at most 3 bytes of UTF-8.
        const most = used + text.length * 3;
        // Stryker disable next-line EqualityOperator: the buffer's size, not the bytes it holds
        if (most > buffer.length) {
            // Stryker disable next-line ArithmeticOperator: the buffer's size, not the bytes it holds
            const bigger = Buffer.allocUnsafe(Math.max(most, size + size / 8));
            buffer.copy(bigger, 0, 0, used);
            buffer = bigger;
        }
        used += buffer.write(text, used);
    };
    const stringifyRows = () => {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: no rows are no text
        if (rows.length > 0)
            push(stringify(rows));
        rows = [];
    };
    return {
        add(row) {
            const plain = plainRowText(row, tails);
            // Stryker disable next-line ConditionalExpression: csv-stringify writes a plain row as plainRowText does
            if (plain === undefined) {
                rows.push(row);
                // Stryker disable next-line ConditionalExpression: how many rows csv-stringify takes at once, not their text
                if (rows.length === ROWS_PER_STRINGIFY)
                    stringifyRows();
            }
            else {
                stringifyRows();
                push(plain);
            }
        },
        take() {
            stringifyRows();
            // A copy of the bytes used: the buffer is used again for the rows that follow.
            const taken = Buffer.from(buffer.subarray(0, used));
            used = 0;
            return taken;
        },
        get length() {
            return used;
        }
    };
}
/** Whether a target's row can be written: it has ended, and so has the target that carries it. */
function hasEnded(entry) {
    return (entry.outcome !== undefined &&
        (entry.outcome !== 'covered' || entry.coveredBy?.outcome !== undefined));
}
/**
 * Writes the targets Box did not accept as a targets-file, to be run again as it is: under
 * partialName(file) and renamed once whole.
 */
function writeRemainder(file, entries, io = (external_node_fs_default())) {
    const json = (0,targets_target/* asTargetsJson */.x9)(entries.map(entry => entry.target));
    const partial = partialName(file);
    const fd = io.openSync(partial, 'wx');
    try {
        writeAll(io, fd, Buffer.from(`${JSON.stringify(json)}\n`, 'utf8'));
    }
    catch (error) {
        io.closeSync(fd);
        io.unlinkSync(partial);
        throw error;
    }
    io.closeSync(fd);
    io.renameSync(partial, file);
}
const batchCells = new WeakMap();
function cellsOf(batch) {
    let cells = batchCells.get(batch);
    // Stryker disable next-line ConditionalExpression: cells made again are the same
    if (!cells) {
        const answer = batch.answer;
        cells = {
            label: batchLabel(batch),
            status: answer?.status === undefined ? '' : String(answer.status),
            requestId: cell(answer?.requestId ?? ''),
            answeredAt: answer?.answeredAt === undefined ? '' : new Date(answer.answeredAt).toISOString()
        };
        // Only an answered batch's cells are final.
        // Stryker disable next-line ConditionalExpression: a batch unanswered when its rows are written is never answered after
        if (answer)
            batchCells.set(batch, cells);
    }
    return cells;
}
function reportRow(entry, ledger) {
    const { target } = entry;
    // A covered login reports the request of the ID that carried its user.
    const carrier = carrierOf(entry);
    const batch = carrier?.batch;
    const cells = batch && (batch.answer || entry.outcome === 'not_sent') ? cellsOf(batch) : undefined;
    const row = targets_kinds/* TARGET_KINDS */.aO.map(kind => (kind.input === target.kind ? target.value : ''));
    row.push(entry.outcome ?? '', entry.lookup, cell(entry.found?.id ?? ''), cell(entry.found?.name ?? ''), cells?.label ?? '', cells?.status ?? '', cells?.requestId ?? '', cells?.answeredAt ?? '', cell(detail(entry, ledger).slice(0, DETAIL_LENGTH)));
    return row;
}
/** Why a target ended as it did, in a few words. */
function detail(entry, ledger) {
    switch (entry.outcome) {
        case 'not_found':
            return 'Box has no such target';
        case 'covered':
            return `sent as ${entry.coveredBy?.target.kind ?? ''} ${entry.coveredBy?.target.value ?? ''}, which ${entry.coveredBy?.outcome === 'accepted' ? 'Box accepted' : `ended ${entry.coveredBy?.outcome ?? 'unknown'}`}`;
        case 'failed':
            if (entry.batch?.answer && !entry.batch.answer.ok)
                return entry.batch.answer.error;
            if (!entry.batch && isUnsendable(entry))
                return unsendableWords(entry);
            return entry.batch?.started && !entry.batch.answer
                ? 'sent, and the run was cancelled before Box answered'
                : 'failed';
        case 'not_sent':
            if (entry.batch?.answer && !entry.batch.answer.ok)
                return entry.batch.answer.error;
            if (ledger.dryRun)
                return 'dry run';
            if (ledger.cancelled)
                return 'the run was cancelled before it was sent';
            return ledger.error ? `the run stopped before terminating: ${ledger.error}` : 'not sent';
        case 'accepted':
        case undefined:
            if (entry.lookup === 'unverified')
                return `not verified: ${entry.detail ?? ''}`;
            return isExternal(entry, ledger) ? externalWords(entry) : '';
        default:
            return unreachable(entry.outcome);
    }
}
/**
 * Text from Box in a cell a spreadsheet will open: a leading = + - @ or control character would
 * make it a formula, so it gets a leading apostrophe. Target columns are left exact.
 */
function cell(text) {
    return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

;// CONCATENATED MODULE: ./src/action/fit.ts
/**
 * The most items, of `most`, then half as many, and so on down to none, whose rendering `fits`:
 * how the outputs, `result` and the summary stay within the runner's limits. The rendering of
 * none is returned whatever its size.
 */
function shrinkToFit(most, render, fits) {
    for (let count = most;; count = Math.floor(count / 2)) {
        const rendered = render(count);
        if (count === 0 || fits(rendered))
            return { rendered, count };
    }
}

;// CONCATENATED MODULE: ./src/action/result.ts




/**
 * The most bytes `result` takes, whatever the count of targets or Box's text: `NAME=value` then
 * fits one environment string (Linux refuses one over 128 KiB), for a later step's `env:`.
 */
const RESULT_LIMIT_BYTES = 127 * 1024;
/** How `result.counts` names each outcome: every outcome has a name, or the compiler says so. */
const COUNT_NAMES = {
    accepted: 'accepted',
    not_found: 'notFound',
    failed: 'failed',
    not_sent: 'notSent',
    covered: 'covered'
};
/** Message and error texts in `result` are cut to this many characters, with a flag. */
const RESULT_TEXT_LIMIT = 1000;
/** Targets described one by one in `result`; the rest are counted. */
const RESULT_TARGET_LIMIT = 100;
/** Batches described in full in `result`, per endpoint. */
const RESULT_BATCH_LIMIT = 10;
/** Names and values in the target list are cut to this many characters. */
const FIELD_LIMIT = 300;
/**
 * The `result` output: what happened, for later steps and audit, at most 127 KiB. The lists are
 * cut (with flags saying so) and, should escaping still make it too large, shortened further.
 */
function buildResult(ledger, settings) {
    return shrinkToFit(RESULT_TARGET_LIMIT, targets => JSON.stringify(resultObject(ledger, settings, targets, targets > 0 ? RESULT_BATCH_LIMIT : 0)), text => Buffer.byteLength(text) <= RESULT_LIMIT_BYTES).rendered;
}
function resultObject(ledger, settings, targetLimit, batchLimit) {
    const counts = countOutcomes(ledger);
    const result = {
        dryRun: ledger.dryRun,
        ok: !runFailed(ledger, settings),
        cancelled: ledger.cancelled
    };
    if (ledger.identity)
        result.actingAs = ledger.identity;
    if (ledger.error)
        Object.assign(result, result_cut('error', ledger.error));
    result.counts = {
        targets: ledger.entries.length,
        ...Object.fromEntries(OUTCOMES.map(outcome => [COUNT_NAMES[outcome], counts[outcome]]))
    };
    const lookups = {
        mode: settings.verify.input,
        plan: ledger.lookups.plan,
        ...result_cut('reason', describeLookupPlan(ledger.lookups))
    };
    for (const [state, count] of Object.entries(countLookups(ledger)))
        lookups[camel(state)] = count;
    lookups.external = ledger.entries.filter(entry => isExternal(entry, ledger)).length;
    result.lookups = lookups;
    const { splitting } = ledger;
    if (splitting.pieces > 0 || splitting.notes.length > 0) {
        result.splitting = {
            pieces: splitting.pieces,
            notIsolated: splitting.notIsolated,
            notes: splitting.notes.map(note => note.slice(0, FIELD_LIMIT))
        };
    }
    result.unknownCount = withOutcome(ledger, 'not_found').length;
    result.failedCount = remainder(ledger).length;
    for (const { endpoint, batches } of batchesByEndpoint(ledger)) {
        result[endpoint.name] = endpointResult(ledger, endpoint, batches, batchLimit);
    }
    result.targets = ledger.entries.slice(0, targetLimit).map(entry => targetResult(entry, ledger));
    if (ledger.entries.length > targetLimit)
        result.targetsTruncated = true;
    return result;
}
function endpointResult(ledger, endpoint, batches, batchLimit) {
    const pieces = batches.flatMap(b => b.pieces ?? []);
    const answered = batches.filter(b => b.answer);
    const failed = answered.filter(b => b.answer?.ok === false);
    const first = failed[0] ?? answered[0];
    const requests = answeredRequests(batches);
    return {
        endpoint: endpoint.path,
        sent: batches.some(b => b.answer?.sent) || pieces.some(p => p.answer?.sent),
        ...(ledger.dryRun
            ? {}
            : {
                // Box accepted every target, whole or in pieces.
                ok: batches.every(b => b.entries.every(entry => entry.outcome === 'accepted')),
                // The status that tells: the first failed batch's, else the first batch's.
                status: first?.answer?.status ?? null
            }),
        ...result_cut('message', endpointMessages(batches).join('\n')),
        batchCounts: {
            total: batches.length,
            sent: batches.filter(b => b.answer?.sent).length,
            succeeded: answered.length - failed.length,
            failed: failed.length,
            // Requests beyond the planned batches: pieces of refused batches.
            pieces: pieces.filter(p => p.answer).length
        },
        batches: requests.slice(0, batchLimit).map(batchResult),
        ...(requests.length > batchLimit ? { batchesTruncated: true } : {}),
        ...(failed[0]?.answer && !failed[0].answer.ok ? result_cut('error', failed[0].answer.error) : {})
    };
}
function batchResult({ answer, ...batch }) {
    return {
        batch: batch.number,
        ...(batch.piece === undefined ? {} : { piece: batch.piece }),
        size: batch.entries.length,
        sent: answer.sent,
        status: answer.status ?? null,
        requestId: answer.requestId ?? null,
        attempts: answer.attempts,
        durationMs: Math.round(answer.durationMs),
        answeredAt: answer.answeredAt === undefined ? null : new Date(answer.answeredAt).toISOString(),
        ...(answer.ok ? result_cut('message', answer.value) : result_cut('error', answer.error)),
        ...(answer.ok && answer.warning ? result_cut('warning', answer.warning) : {})
    };
}
function targetResult(entry, ledger) {
    return {
        kind: entry.target.kind,
        value: entry.target.value.slice(0, FIELD_LIMIT),
        outcome: entry.outcome,
        lookup: entry.lookup,
        ...(entry.found
            ? {
                boxId: entry.found.id.slice(0, FIELD_LIMIT),
                name: entry.found.name.slice(0, FIELD_LIMIT)
            }
            : {}),
        ...(entry.members === undefined ? {} : { members: entry.members, membersApproximate: true }),
        ...(isExternal(entry, ledger) ? { external: true } : {}),
        ...(entry.batch?.answer?.requestId
            ? { requestId: entry.batch.answer.requestId.slice(0, FIELD_LIMIT) }
            : {})
    };
}
/** `{ name: text }`, cut to RESULT_TEXT_LIMIT characters with `nameTruncated: true` when it was longer. */
function result_cut(name, text) {
    return text.length > RESULT_TEXT_LIMIT
        ? { [name]: text.slice(0, RESULT_TEXT_LIMIT), [`${name}Truncated`]: true }
        : { [name]: text };
}
/** not_found \u2192 notFound. */
function camel(name) {
    return name.replace(/_([a-z])/g, (_, ch) => ch.toUpperCase());
}

;// CONCATENATED MODULE: ./src/action/outputs.ts








// Outputs go to the runner's output file, not the log: they carry Box's text exactly.
/** GitHub's limit on all outputs of one job together, names included, counted as UTF-16. */
const JOB_OUTPUTS_LIMIT = 1_000_000;
/** What this step's outputs take of that limit at most: the rest is left to other steps. */
const OUTPUTS_SHARE = 800_000;
/** What each of message, users-message and groups-message takes at most. */
const MESSAGE_SHARE = 64 * 1024;
/** What an output takes of the job's limit: its name and value, 2 bytes a UTF-16 code unit. */
function outputSize(name, value) {
    return 2 * (name.length + value.length);
}
/**
 * Every output, and a note for each that had to be cut. All of them together stay within
 * OUTPUTS_SHARE of the job's limit: counts and paths whole; each message output within
 * MESSAGE_SHARE; `result` within its own bound; `unknown-targets` in what is left. A value the run
 * registered as a secret is replaced with `***`, as GitHub drops a job output that holds one.
 */
function buildOutputs(ledger, settings, files, registered = []) {
    const notes = [];
    const unknown = withOutcome(ledger, 'not_found');
    const where = files.report
        ? `the report-file (${files.report}) has every one`
        : 'the report-file could not be written';
    const outputs = {
        ...Object.fromEntries(OUTPUT_NAMES.map(name => [name, ''])),
        'failed-targets-file': files.remainder,
        'failed-count': String(remainder(ledger).length),
        'report-file': files.report,
        message: ledger.dryRun
            ? `Dry run: no sessions were terminated; would end sessions of ${(0,targets_target/* describeCounts */.wv)(batchedTargets(ledger.batches)) || 'no one'}${unknown.length > 0 ? `; ${(0,src_words/* groupDigits */.K)(unknown.length)} not found` : ''}`
            : fitMessages(boxMessages(ledger), 'message', notes),
        result: buildResult(ledger, settings)
    };
    // Each endpoint's own messages: `<name>-message`, an output action.yml declares.
    // An endpoint without batches keeps its empty output.
    for (const { endpoint, batches } of batchesByEndpoint(ledger)) {
        const name = `${endpoint.name}-message`;
        outputs[name] = fitMessages(endpointMessages(batches), name, notes);
    }
    for (const name of Object.keys(outputs)) {
        outputs[name] = withoutRegistered(outputs[name], registered);
    }
    // Box may also say it does not know a target when it refuses a request that carried it alone.
    if (ledger.lookups.plan !== 'none' || unknown.length > 0) {
        const used = Object.entries(outputs).reduce((sum, [n, v]) => sum + outputSize(n, v), 0);
        const room = OUTPUTS_SHARE - used;
        outputs['unknown-targets'] = fitTargets(unknown.map(e => e.target), text => withoutRegistered(text, registered), text => outputSize('unknown-targets', text) <= room, where, notes);
    }
    const ordered = Object.fromEntries(OUTPUT_NAMES.map(name => [name, outputs[name]]));
    return { outputs: ordered, notes };
}
/** The text with each value the run registered as a secret replaced with `***`. */
function withoutRegistered(text, registered) {
    let out = text;
    for (const secret of registered) {
        if (secret !== '' && out.includes(secret))
            out = out.split(secret).join('***');
    }
    return out;
}
/** Box's messages on separate lines, each exact and whole; those past MESSAGE_SHARE are left out. */
function fitMessages(messages, name, notes) {
    let text = '';
    for (const [i, message] of messages.entries()) {
        const next = text === '' ? message : `${text}\n${message}`;
        if (outputSize(name, next) > MESSAGE_SHARE) {
            notes.push(`${name} holds ${i} of Box's ${messages.length} distinct messages: the rest would pass its share of the job's outputs (${MESSAGE_SHARE / 1024} KiB)`);
            break;
        }
        text = next;
    }
    return text;
}
/** The targets-file shape of these targets, as `shown` makes it, cut to what `fits`. */
function fitTargets(targets, shown, fits, where, notes) {
    const { rendered, count } = shrinkToFit(targets.length, count => shown(JSON.stringify((0,targets_target/* asTargetsJson */.x9)(targets.slice(0, count)))), fits);
    if (count < targets.length) {
        notes.push(`unknown-targets holds the first ${(0,src_words/* groupDigits */.K)(count)} of ${(0,src_words/* groupDigits */.K)(targets.length)} unknown targets, as all would pass what is left of the job's outputs; ${where}`);
    }
    return rendered;
}

;// CONCATENATED MODULE: ./src/action/summary.ts









/** The most bytes the job summary takes (GitHub refuses one above 1 MiB), whatever the count of targets. */
const SUMMARY_LIMIT_BYTES = 512 * 1024;
/** Targets listed per kind in the not-found and not-accepted lists; the rest are counted. */
const SUMMARY_LIST_LIMIT = 50;
/** Batches shown one by one. */
const SUMMARY_BATCH_LIMIT = 10;
/** Text from Box in a cell is cut to this many characters. */
const CELL_LIMIT = 300;
const header = (...cells) => cells.map(data => ({ data, header: true }));
const code = (text) => `<code>${(0,safe_text/* htmlText */.js)(text)}</code>`;
/** What an empty cell shows. */
const NONE = '\u2014';
const summary_short = (text) => (0,safe_text/* htmlText */.js)(text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT)}\u2026` : text);
/**
 * Builds the job summary with @actions/core, every text from inputs or Box escaped, at most
 * 512 KiB: the targets table shows the first 100 and points to the report for the rest.
 */
function buildSummary(ledger, context) {
    return shrinkToFit(TARGETS_SHOWN, rows => summaryOf(ledger, context, rows), summary => Buffer.byteLength(summary.stringify()) <= SUMMARY_LIMIT_BYTES).rendered;
}
function summaryOf(ledger, context, rows) {
    const { settings, audit, files } = context;
    const summary = summary_summary.emptyBuffer();
    const accepted = countOutcomes(ledger).accepted;
    const title = ledger.dryRun
        ? 'Dry run: Box session termination'
        : ledger.cancelled
            ? 'Box session termination cancelled'
            : runFailed(ledger, settings) || context.problems.length > 0
                ? 'Box session termination failed'
                : accepted > 0
                    ? 'Box accepted the jobs to end the sessions'
                    : 'Nothing sent: no target was found in Box';
    summary.addHeading(title, 2);
    if (ledger.dryRun)
        summary.addRaw('<p><b>Dry run</b>: no termination request was sent.</p>', true);
    if (!ledger.dryRun && accepted > 0) {
        summary.addRaw('<p>Box accepted jobs that end the sessions in the background; its admin events show how each job ended.</p>', true);
    }
    if (ledger.identity) {
        const who = ledger.identity;
        summary.addRaw(`<p>Acting as <b>${summary_short(who.name || who.id)}</b> (${summary_short(who.login)}, user ${summary_short(who.id)}, role ${summary_short(who.role || 'unknown')}).</p>`, true);
    }
    if (ledger.cancelled)
        summary.addRaw(`<p><b>${(0,safe_text/* htmlText */.js)(cancelledLine(ledger, files.remainder))}</b></p>`, true);
    if (ledger.error)
        summary.addRaw(`<p><b>Error:</b> ${summary_short(ledger.error)}</p>`, true);
    for (const problem of context.problems)
        summary.addRaw(`<p><b>Error:</b> ${summary_short(problem)}</p>`, true);
    summary.addRaw(`<p>${(0,safe_text/* htmlText */.js)((0,src_words/* plural */.L)(ledger.entries.length, 'target'))}: ${(0,safe_text/* htmlText */.js)(describeOutcomes(ledger))}.</p>`, true);
    summary.addRaw(`<p>${summary_short(describeLookupPlan(ledger.lookups))}.</p>`, true);
    const external = externalLine(ledger, 10);
    if (external)
        summary.addRaw(`<p>\u26a0\ufe0f ${summary_short(external)}.</p>`, true);
    addTargets(summary, ledger, files, rows);
    addRequests(summary, ledger);
    addLists(summary, ledger, files);
    summary.addHeading('Audit', 3);
    summary.addList([
        `Actor: ${(0,safe_text/* htmlText */.js)(audit.actor || 'unknown')}`,
        `Event: ${(0,safe_text/* htmlText */.js)(audit.eventName || 'unknown')}`,
        `Workflow: ${(0,safe_text/* htmlText */.js)(audit.workflow || 'unknown')}`,
        `Run: ${audit.runUrl ? `<a href="${(0,safe_text/* htmlText */.js)(audit.runUrl)}">${(0,safe_text/* htmlText */.js)(audit.runUrl)}</a>` : 'unknown'}`
    ]);
    return summary;
}
/** Every target's outcome and who Box says it is, the first `rows` of them. */
function addTargets(summary, ledger, files, rows) {
    summary.addHeading('Targets', 3);
    summary.addTable([
        header('Target', 'From', 'Outcome', 'Who Box says it is', 'Request ID'),
        ...ledger.entries
            .slice(0, rows)
            .map(entry => [
            code(entry.target.value),
            (0,safe_text/* htmlText */.js)((0,targets_target/* describeOrigin */.uN)(entry.target)),
            outcomeCell(entry),
            whoCell(entry, ledger),
            requestIdCell(carrierOf(entry))
        ])
    ]);
    const more = ledger.entries.length > rows
        ? `The first ${(0,src_words/* groupDigits */.K)(rows)} of ${(0,src_words/* plural */.L)(ledger.entries.length, 'target')}. `
        : '';
    const report = files.report ? `Every target is in the report: ${code(files.report)}.` : '';
    if (more || report)
        summary.addRaw(`<p>${more}${report}</p>`, true);
}
function outcomeCell(entry) {
    switch (entry.outcome) {
        case 'accepted':
            return '\u2705 accepted';
        case 'not_found':
            return '\u274c not found';
        case 'failed':
            return '\u274c failed';
        case 'covered':
            return `\u21aa\ufe0f covered by ${code(entry.coveredBy?.target.value ?? '')}`;
        case 'not_sent':
        case undefined:
            return '\u23f8\ufe0f not sent';
        default:
            return unreachable(entry.outcome);
    }
}
function whoCell(entry, ledger) {
    const who = summary_short(describeLookup(entry, ledger));
    return entry.lookup === 'unverified' || isExternal(entry, ledger) ? `\u26a0\ufe0f ${who}` : who;
}
/** The request ID of the batch that carried a target (a covered login's is its ID's), or a dash. */
function requestIdCell(carrier) {
    return summary_short(carrier?.batch?.answer?.requestId ?? '') || NONE;
}
function addRequests(summary, ledger) {
    const requests = answeredRequests(ledger.batches);
    const pieces = requests.filter(request => request.piece !== undefined);
    if (requests.length === 0)
        return;
    summary.addHeading('Requests', 3);
    summary.addTable([
        header('Endpoint', 'Targets', 'Batches', 'Succeeded', 'Failed', 'Box message'),
        ...batchesByEndpoint(ledger).map(({ endpoint, batches }) => {
            const failed = batches.filter(b => b.answer?.ok === false).length;
            const succeeded = batches.filter(b => b.answer?.ok).length;
            return [
                code(endpoint.path),
                (0,src_words/* groupDigits */.K)(batches.reduce((sum, b) => sum + b.entries.length, 0)),
                (0,src_words/* groupDigits */.K)(batches.length),
                `\u2705 ${(0,src_words/* groupDigits */.K)(succeeded)}`,
                failed > 0 ? `\u274c ${(0,src_words/* groupDigits */.K)(failed)}` : '0',
                endpointMessages(batches).slice(0, 3).map(summary_short).join('<br>')
            ];
        })
    ]);
    if (pieces.length > 0 || ledger.splitting.notes.length > 0) {
        const lines = [
            `${(0,src_words/* groupDigits */.K)(pieces.length)} more ${pieces.length === 1 ? 'request' : 'requests'} sent parts of batches Box refused, to find what it refuses`,
            ...ledger.splitting.notes,
            ...(ledger.splitting.notIsolated > 0
                ? [
                    `${(0,src_words/* plural */.L)(ledger.splitting.notIsolated, 'target')} of refused requests were not sent again in smaller pieces: the run's pieces were spent`
                ]
                : [])
        ];
        summary.addList(lines.map(summary_short));
    }
    summary.addTable([
        header('Batch', 'Targets', 'Status', 'Request ID', 'Attempts', 'Time'),
        ...requests
            .slice(0, SUMMARY_BATCH_LIMIT)
            .map(({ answer, ...b }) => [
            `${code(b.endpoint.path)} ${b.number}/${b.endpointBatches}${b.piece === undefined ? '' : `, piece ${b.piece}`}`,
            (0,src_words/* groupDigits */.K)(b.entries.length),
            answer.ok
                ? `\u2705 ${answer.status ?? ''}`
                : `\u274c ${answer.status ?? 'no response'}: ${summary_short(answer.error)}`,
            summary_short(answer.requestId ?? '') || NONE,
            String(answer.attempts),
            `${Math.round(answer.durationMs)} ms`
        ])
    ]);
    if (requests.length > SUMMARY_BATCH_LIMIT) {
        summary.addRaw(`<p>The first ${SUMMARY_BATCH_LIMIT} of ${(0,src_words/* groupDigits */.K)(requests.length)} requests.</p>`, true);
    }
}
/** The targets not found, and those Box did not accept with where the remainder file is. */
function addLists(summary, ledger, files) {
    // A target the lookups did not find was not sent; one Box refused alone with its own 404 was.
    const all = withOutcome(ledger, 'not_found');
    const unknown = all.filter(entry => !entry.batch?.answer);
    const refused = all.filter(entry => entry.batch?.answer);
    if (unknown.length > 0) {
        summary.addHeading(ledger.dryRun
            ? 'Not found in Box: a real run would not send these'
            : 'Not found in Box, so not sent', 3);
        summary.addList(listsOf(unknown));
    }
    if (refused.length > 0) {
        summary.addHeading('Not found in Box, which refused each alone with its own 404', 3);
        summary.addList(listsOf(refused));
    }
    const left = remainder(ledger);
    if (left.length === 0)
        return;
    summary.addHeading('Not accepted by Box', 3);
    summary.addList(listsOf(left));
    summary.addRaw(files.remainder
        ? `<p>They are in ${code(files.remainder)}: run again with <code>targets-file</code> set to it.</p>`
        : '<p>The remainder file could not be written: the log names every one of them.</p>', true);
}
/** One list item per kind: its count and its first targets. */
function listsOf(entries) {
    return (0,targets_target/* firstOfKind */.YW)(entries.map(e => e.target), SUMMARY_LIST_LIMIT).map(({ kind, count, first }) => {
        const shown = first.map(t => code(t.value));
        const more = count - shown.length;
        return `${kind.title} (${(0,src_words/* groupDigits */.K)(count)}): ${shown.join(', ')}${more > 0 ? `, and ${(0,src_words/* groupDigits */.K)(more)} more` : ''}`;
    });
}

;// CONCATENATED MODULE: ./src/action/publish.ts










const REPORT_FILE = 'report.csv';
const REMAINDER_FILE = 'failed-targets.json';
/**
 * Creates the run's folder (in RUNNER_TEMP, or the OS temp folder without one) and opens the
 * report in it. What cannot be created is noted, not thrown: the run goes on without that file.
 */
function openRunFiles(ledger, io = (external_node_fs_default())) {
    const files = { reportFile: '', problems: [], io };
    try {
        files.folder = createOutputFolder(process.env.RUNNER_TEMP);
    }
    catch (error) {
        const what = 'The folder for report-file and failed-targets-file';
        files.problems.push(fileProblem(what, process.env.RUNNER_TEMP, error));
        return files;
    }
    const reportFile = external_node_path_default().join(files.folder, REPORT_FILE);
    try {
        files.report = openReport(reportFile, ledger, io);
        files.reportFile = reportFile;
    }
    catch (error) {
        files.problems.push(fileProblem('report-file', reportFile, error));
    }
    return files;
}
/**
 * Leaves the run's record, in the order that keeps the most if the runner kills the step part way:
 * the outputs first, then the rest of the report and the remainder file, then the job summary,
 * then the failure. A file that cannot be written costs only itself: its output is emptied, its
 * targets named in the log, and the step fails saying which file and why.
 */
async function publish(ledger, settings, run, registered) {
    const problems = [
        ...run.problems,
        ...ledgerDefects(ledger, settings.targets).map(defect => `Defect: the run's record does not account for every target: ${defect}`)
    ];
    const left = remainder(ledger);
    const files = {
        report: run.reportFile,
        remainder: run.folder && left.length > 0 ? external_node_path_default().join(run.folder, REMAINDER_FILE) : ''
    };
    core_debug('Writing the outputs');
    problems.push(...setOutputs(ledger, settings, files, registered));
    core_debug('Writing the rest of the report');
    run.report?.finish();
    if (run.report?.error !== undefined) {
        problems.push(fileProblem('report-file', files.report, run.report.error));
        problems.push(...publish_setOutput('report-file', ''));
        files.report = '';
    }
    core_debug('Writing the remainder');
    files.remainder = publish_writeFile('failed-targets-file', files.remainder, file => writeRemainder(file, left, run.io), problems);
    if (left.length > 0 && !files.remainder)
        logRemainder(left);
    run.written = true;
    if (settings.jobSummary) {
        core_debug('Writing the job summary');
        if (!process.env.GITHUB_STEP_SUMMARY) {
            log_info('No job summary written: GITHUB_STEP_SUMMARY is not set');
        }
        else {
            try {
                const audit = auditContext(runContext());
                await buildSummary(ledger, { settings, audit, files, problems }).write();
            }
            catch (error) {
                problems.push(fileProblem('The job summary', process.env.GITHUB_STEP_SUMMARY, error));
            }
        }
    }
    if (runFailed(ledger, settings) || problems.length > 0) {
        setFailed(failureLines(ledger, settings, files.remainder, problems).join('\n'));
    }
}
/**
 * Writes one of the run's files, if it has a path; returns its path, or '' when it could not be
 * written, after emptying its output and noting why.
 */
function publish_writeFile(output, file, write, problems) {
    if (!file)
        return '';
    try {
        write(file);
        return file;
    }
    catch (error) {
        problems.push(fileProblem(output, file, error), ...publish_setOutput(output, ''));
        return '';
    }
}
/** Writes every output; returns what could not be written. */
function setOutputs(ledger, settings, files, registered) {
    const { outputs, notes } = buildOutputs(ledger, settings, files, registered);
    for (const note of notes)
        warning(note, { title: 'Output cut to fit' });
    return Object.entries(outputs).flatMap(([name, value]) => publish_setOutput(name, value));
}
function publish_setOutput(name, value) {
    try {
        setOutput(name, value);
        return [];
    }
    catch (error) {
        return [fileProblem(`The output ${name}`, undefined, error)];
    }
}
/** "report-file could not be written to /tmp/x/report.csv: ENOSPC: no space left on device". */
function fileProblem(what, where, error) {
    // Errors from another realm (a test's VM) are not instances of this realm's Error.
    const message = error?.message;
    const reason = typeof message === 'string' ? message : 'unknown error';
    return `${what} could not be written${where ? ` to ${where}` : ''}: ${reason}`;
}

;// CONCATENATED MODULE: ./src/net/stop.ts
function createStop() {
    const stopping = new AbortController();
    const cut = new AbortController();
    return {
        stopping: stopping.signal,
        cut: cut.signal,
        stop: () => stopping.abort(),
        cutNow: () => {
            stopping.abort();
            cut.abort();
        }
    };
}

;// CONCATENATED MODULE: ./src/action/signals.ts

/** How long requests in flight may still take after the first signal, at most. */
const GRACE_MS = 5_000;
/** The least they get, however large the run. */
const LEAST_GRACE_MS = 1_000;
/**
 * The whole record is to be written within this long of the first signal: the runner sends
 * SIGTERM 7.5 s after SIGINT and kills the step 2.5 s later.
 */
const RECORD_DEADLINE_MS = 6_000;
/**
 * Writing the record after the grace (the outputs, the rows of the targets in flight, the
 * remainder, the summary) takes about this many times as long as building the run's ledger did:
 * both go over every target, on the same machine under the same load (docs/benchmarks.md).
 */
const RECORD_TO_LEDGER = 5;
/**
 * The grace of a run whose ledger took `ledgerMs` to build: 5 s, less when writing the record of
 * a large run would not fit in what is left before the deadline.
 */
function graceFor(ledgerMs) {
    const left = RECORD_DEADLINE_MS - RECORD_TO_LEDGER * ledgerMs;
    // In tenths of a second, as the log gives it.
    return Math.round(Math.min(GRACE_MS, Math.max(LEAST_GRACE_MS, left)) / 100) * 100;
}
/** The signals the runner sends a step it cancels or times out: SIGINT, then SIGTERM 7.5 s later. */
const SIGNALS = ['SIGINT', 'SIGTERM'];
/**
 * Turns the runner's signals into a stop: at the first, no new request starts and those in flight
 * get `graceMs` more; at the second, `onSecond` runs at once.
 */
function watchSignals(onFirst, onSecond, graceMs = GRACE_MS, stop = createStop()) {
    let received = 0;
    let timer;
    const listener = (signal) => {
        received++;
        if (received === 1) {
            stop.stop();
            timer = setTimeout(() => stop.cutNow(), graceMs);
            // Stryker disable next-line all: the grace keeps no process alive; no record shows it
            timer.unref();
            onFirst(signal);
        }
        else {
            stop.cutNow();
            onSecond(signal);
        }
    };
    for (const signal of SIGNALS)
        process.on(signal, listener);
    return {
        stop,
        dispose() {
            clearTimeout(timer);
            for (const signal of SIGNALS)
                process.off(signal, listener);
        }
    };
}

// EXTERNAL MODULE: ./src/parsed.ts
var parsed = __nccwpck_require__(466);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
        return (0,parsed/* refused */.J5)('box-jwt-config: is not valid JSON (paste the whole app config file)');
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
        return (0,parsed/* refused */.J5)(`box-jwt-config: missing ${missing.join(', ')}`);
    }
    const enterprise = field(json, 'enterpriseID');
    const enterpriseId = typeof enterprise === 'string' || typeof enterprise === 'number' ? String(enterprise) : '';
    if (enterpriseId !== '' && !/^[0-9]+$/.test(enterpriseId)) {
        return (0,parsed/* refused */.J5)('box-jwt-config: enterpriseID is not a Box ID (digits only)');
    }
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_namespaceObject.createPrivateKey)({
            key: wanted['boxAppSettings.appAuth.privateKey'],
            format: 'pem',
            passphrase: wanted['boxAppSettings.appAuth.passphrase']
        });
    }
    catch {
        return (0,parsed/* refused */.J5)('box-jwt-config: the private key could not be decrypted (wrong passphrase, or not a PEM private key)');
    }
    if (privateKey.asymmetricKeyType !== 'rsa') {
        return (0,parsed/* refused */.J5)('box-jwt-config: the private key is not an RSA key');
    }
    return (0,parsed/* parsed */.Yz)({
        clientId: wanted['boxAppSettings.clientID'],
        clientSecret: wanted['boxAppSettings.clientSecret'],
        publicKeyId: wanted['boxAppSettings.appAuth.publicKeyID'],
        privateKey,
        enterpriseId: enterpriseId || undefined
    });
}
/**
 * Every secret string inside a config, found even when the rest of it is malformed: the client
 * secret, and the others (the passphrase and the private key).
 */
function jwtConfigSecrets(raw) {
    const text = (v) => (typeof v === 'string' ? v : '');
    try {
        const json = JSON.parse(raw);
        const settings = field(json, 'boxAppSettings');
        const appAuth = field(settings, 'appAuth');
        return {
            clientSecret: text(field(settings, 'clientSecret')),
            others: [text(field(appAuth, 'passphrase')), text(field(appAuth, 'privateKey'))].filter(v => v !== '')
        };
    }
    catch {
        return { clientSecret: '', others: [] };
    }
}
function field(value, name) {
    return typeof value === 'object' && value !== null
        ? value[name]
        : undefined;
}

;// CONCATENATED MODULE: ./src/auth/settings.ts


/**
 * The enterprise the credentials act in, when they name it: an enterprise subject, or a JWT
 * config's enterpriseID. Undefined for a token or a user subject: Box must be asked.
 */
function actingEnterprise(auth) {
    if (auth.method === 'token')
        return undefined;
    if (auth.subject.type === 'enterprise')
        return auth.subject.id;
    return auth.method === 'jwt' ? auth.jwt.enterpriseId : undefined;
}
/** Credentials sent as they are: each must be valid in an HTTP header (tab, printable Latin-1). */
const HEADER_SAFE_INPUTS = ['box-token', 'box-client-id', 'box-client-secret'];
const HEADER_SAFE = /^[\t\x20-\x7e\x80-\xff]*$/;
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
    for (const name of HEADER_SAFE_INPUTS) {
        if (!HEADER_SAFE.test(read(name))) {
            problems.push(`${name}: holds a line break or a character outside Latin-1, which cannot be sent in an HTTP header; copy the value again`);
        }
    }
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
    if (given.length === 0)
        return (0,parsed/* refused */.J5)(...problems, `no Box credentials: ${METHODS_HELP}`);
    if (given.length > 1) {
        return (0,parsed/* refused */.J5)(...problems, `conflicting credentials: ${given.join(' and ')}; use exactly one way`);
    }
    if (token) {
        if (enterpriseId || userId) {
            const name = enterpriseId ? 'box-enterprise-id' : 'box-user-id';
            problems.push(`${name}: applies only to client credentials or JWT, not to box-token`);
        }
        return problems.length ? (0,parsed/* refused */.J5)(...problems) : (0,parsed/* parsed */.Yz)({ method: 'token', token });
    }
    const subject = userId
        ? { type: 'user', id: userId }
        : enterpriseId
            ? { type: 'enterprise', id: enterpriseId }
            : undefined;
    if (jwtConfig) {
        const config = parseJwtConfig(jwtConfig);
        if (!config.ok)
            return (0,parsed/* refused */.J5)(...problems, ...config.problems);
        const jwtSubject = subject ??
            (config.value.enterpriseId
                ? { type: 'enterprise', id: config.value.enterpriseId }
                : undefined);
        if (!jwtSubject) {
            problems.push('box-jwt-config: has no enterpriseID; set box-enterprise-id or box-user-id to choose whom to act as');
        }
        if (problems.length || !jwtSubject)
            return (0,parsed/* refused */.J5)(...problems);
        return (0,parsed/* parsed */.Yz)({ method: 'jwt', jwt: config.value, subject: jwtSubject });
    }
    if (!clientId)
        problems.push('box-client-id: required with box-client-secret');
    if (!clientSecret)
        problems.push('box-client-secret: required with box-client-id');
    if (!subject) {
        problems.push('box-enterprise-id or box-user-id: client credentials need one (the enterprise to act as its service account, or the user to act as)');
    }
    if (problems.length || !subject)
        return (0,parsed/* refused */.J5)(...problems);
    return (0,parsed/* parsed */.Yz)({ method: 'ccg', clientId, clientSecret, subject });
}
/** Every secret among the inputs, to be masked before anything is logged. */
function secretInputs(read) {
    const jwtConfig = read('box-jwt-config');
    const { clientSecret, others } = jwtConfigSecrets(jwtConfig);
    return [
        { value: read('box-token'), anyCase: true },
        { value: read('box-client-secret'), anyCase: true },
        { value: clientSecret, anyCase: true },
        { value: jwtConfig, anyCase: false },
        ...others.map(value => ({ value, anyCase: false }))
    ].filter(secret => secret.value !== '');
}

;// CONCATENATED MODULE: ./src/errors.ts
/** Anything wrong with the step's inputs; it lists every problem found, and nothing is sent. */
class InputError extends Error {
    problems;
    constructor(problems) {
        const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
        const more = problems.length - shown.length;
        const lines = shown.map(p => `  - ${p}`);
        if (more > 0)
            lines.push(`  - \u2026 and ${more} more`);
        super(`Invalid input (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was sent to Box:\n${lines.join('\n')}`);
        this.name = 'InputError';
        this.problems = problems;
    }
}
const MAX_PROBLEMS_SHOWN = 100;
/** The token endpoint refused or never answered; the message is ready to show. */
class AuthError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AuthError';
    }
}
/** The code of a request that the run dropped, or never sent, because it was cancelled. */
const CANCELLED_CODE = 'ECANCELED';
/** No HTTP response came back: the connection failed, broke or timed out. */
class NetworkError extends Error {
    code;
    retryable;
    sent;
    constructor(message, code, retryable, 
    /** Whether the whole request had been written to the connection before it failed. */
    sent = false) {
        super(message);
        this.code = code;
        this.retryable = retryable;
        this.sent = sent;
        this.name = 'NetworkError';
    }
}

;// CONCATENATED MODULE: ./src/net/retry.ts


const MAX_WAIT_MS = RETRY_POLICY.maxWaitMs;
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
/** Exponential backoff from about 1 s, doubled per retry, with \u00b125 % jitter. `retry` counts from 1. */
function backoffMs(retry, random) {
    const { firstBackoffMs, jitter } = RETRY_POLICY;
    const base = Math.min(MAX_WAIT_MS, firstBackoffMs * 2 ** (retry - 1));
    return Math.min(MAX_WAIT_MS, Math.round(base * (1 - jitter + random * 2 * jitter)));
}
/** How long to wait before retry number `retry`: Retry-After when Box sent one, else backoff. */
function retryDelayMs(retry, retryAfter, clock) {
    const asked = parseRetryAfter(retryAfter, clock.now());
    return asked === undefined ? backoffMs(retry, clock.random()) : Math.min(asked, MAX_WAIT_MS);
}
/** "no response after N attempts: CODE message", for a network failure that ended the retries. */
function noResponse(attempts, error) {
    return `no response after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${error.code} ${error.message}`;
}
const notStarted = () => ({
    kind: 'network',
    error: new NetworkError('the run was cancelled before this request was sent', CANCELLED_CODE, false)
});
/**
 * Calls `send` until it returns a response that is not worth retrying, retries run out, or the run
 * is stopping. `send` gets the time it may take; network errors it throws are retried when
 * transient, and so is a response `refused` finds fault with (a 2xx that is not the answer the
 * call waits for), which it names.
 */
async function withRetries(send, options, onRetry, refused = () => undefined) {
    const { clock, maxRetries, requestTimeoutMs, gate, stop } = options;
    let attempts = 0;
    let sent = false;
    // The error of a request never sent is made only for one: an Error's stack costs each time.
    let last;
    for (;;) {
        const startedAt = await gate.wait(stop.stopping);
        if (stop.stopping.aborted)
            return { last: last ?? notStarted(), attempts, cancelled: true, sent };
        attempts++;
        try {
            last = { kind: 'response', response: await send(requestTimeoutMs) };
        }
        catch (error) {
            if (!(error instanceof NetworkError))
                throw error;
            last = { kind: 'network', error };
        }
        sent ||= last.kind === 'response' || last.error.sent;
        const fault = last.kind === 'response' ? refused(last.response) : undefined;
        const retryable = last.kind === 'response'
            ? isRetriedStatus(last.response.status) || fault !== undefined
            : last.error.retryable;
        if (!retryable || attempts > maxRetries) {
            const cut = last.kind === 'network' && last.error.code === CANCELLED_CODE;
            return { last, attempts, cancelled: cut, sent };
        }
        if (stop.stopping.aborted)
            return { last, attempts, cancelled: true, sent };
        const waitMs = retryDelayMs(attempts, last.kind === 'response' ? last.response.headers['retry-after'] : undefined, clock);
        const rateLimited = last.kind === 'response' && last.response.status === 429;
        // Box asked the whole run to slow down: every request waits at the gate, this one too, and
        // the requests that follow keep to the pace Box let through.
        const paceMs = rateLimited ? gate.pause(waitMs, startedAt) : undefined;
        onRetry({
            attempt: attempts,
            waitMs,
            reason: last.kind === 'response'
                ? `HTTP ${last.response.status}${fault ? `, ${fault}` : ''}`
                : `${last.error.code}: ${last.error.message}`,
            everyRequestWaits: rateLimited,
            ...(paceMs === undefined ? {} : { paceMs })
        });
        if (!rateLimited)
            await clock.sleep(waitMs, stop.stopping);
    }
}

;// CONCATENATED MODULE: ./src/auth/token-request.ts


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
        }, timeoutMs, deps.retry.stop.cut), deps.retry, notice => deps.onRetry(notice));
        if (outcome.last.kind === 'network') {
            return {
                failure: outcome.cancelled
                    ? `No Box token: ${outcome.last.error.message}`
                    : `Box token request got ${noResponse(outcome.attempts, outcome.last.error)}`
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
            const token = response.json?.access_token;
            if (response.status === 200 && typeof token === 'string' && token !== '') {
                deps.onToken(token);
                return token;
            }
            throw new AuthError(describeTokenFailure(response));
        }
    };
}
/** Box refuses an assertion whose exp or iat looks wrong to its clock: the runner's clock is off. */
function isClockSkew(response) {
    if (response.status !== 400)
        return false;
    const description = response.json?.error_description;
    return typeof description === 'string' && /\b(exp|iat)\b/.test(description);
}
function describeTokenFailure(response) {
    const text = (v) => (typeof v === 'string' ? v : '');
    const error = text(response.json?.error);
    const description = text(response.json?.error_description);
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
        jti: input.jti ?? (0,external_node_crypto_namespaceObject.randomBytes)(32).toString('base64url'),
        iat: input.nowSeconds,
        exp: input.nowSeconds + JWT_LIFETIME_S
    };
    const signingInput = `${base64url(header)}.${base64url(claims)}`;
    const signature = (0,external_node_crypto_namespaceObject.createSign)('RSA-SHA256').update(signingInput).sign(input.privateKey);
    return `${signingInput}.${signature.toString('base64url')}`;
}
function base64url(value) {
    return Buffer.from(JSON.stringify(value)).toString('base64url');
}

;// CONCATENATED MODULE: ./src/auth/token-source.ts

/**
 * `onAssertion` gets each JWT assertion before it is sent: it is a credential for its lifetime, so
 * it is masked and redacted whole (its header segment, the same for every run, never alone).
 */
function createTokenSource(auth, request, onAssertion = () => undefined) {
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
        return request.fetch(nowSeconds => {
            const assertion = createAssertion({ ...auth.jwt, subject: auth.subject, nowSeconds });
            onAssertion(assertion);
            return {
                grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
                client_id: auth.jwt.clientId,
                client_secret: auth.jwt.clientSecret,
                assertion
            };
        });
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

;// CONCATENATED MODULE: ./src/net/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise(resolve => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    }),
    random: () => Math.random()
};

;// CONCATENATED MODULE: ./src/net/gate.ts
/** The span a rate limit is counted over: Box's limits are per second or longer. */
const PACE_WINDOW_MS = 1000;
/** Starts kept apart by this much more than the pace Box let through, in tenths: 10 % more. */
const PACE_MARGIN_TENTHS = 11;
/**
 * Fewer requests than this in the second before a 429 teach no pace from their count: they say
 * nothing of a rate.
 */
const LEAST_TO_LEARN = 2;
/** The gate's last openings kept: a 429 is read within seconds of its request's start. */
const OPENINGS_KEPT = 8;
function createGate(clock) {
    let openAt = 0;
    /** Milliseconds kept between starts once a 429 taught a pace; 0 until then. */
    let spacing = 0;
    let nextStart = 0;
    /** When the gate opened after the pace was last set: requests started since keep to it. */
    let pacedFrom = 0;
    /** When recent requests started, oldest first: what a 429 learns the pace from. */
    const starts = [];
    /** When the gate opened again after the last few 429s. */
    const opened = [];
    /**
     * The pace the requests Box took before the one started at `startedAt` show: Box's limit is so
     * many requests in a window, and those counted started in the second before it, since the gate
     * last opened (while it was closed, nothing started). 0 when too few started to tell.
     */
    const countedPace = (startedAt) => {
        const lastOpened = Math.max(0, ...opened.filter(at => at <= startedAt));
        const from = Math.max(startedAt - PACE_WINDOW_MS, lastOpened);
        const before = starts.filter(at => at >= from && at < startedAt).length;
        return before < LEAST_TO_LEARN
            ? 0
            : Math.ceil((PACE_WINDOW_MS * PACE_MARGIN_TENTHS) / (10 * before));
    };
    return {
        async wait(signal) {
            // Answers that came in together are all read first: a 429 among them closes the gate
            // before the request that another one's 2xx frees goes out.
            await new Promise(resolve => setImmediate(resolve));
            // Each waiter that wakes checks again: another may have taken the start it slept until.
            while (clock.now() < Math.max(openAt, nextStart) && !signal?.aborted) {
                await clock.sleep(Math.max(openAt, nextStart) - clock.now(), signal);
            }
            const now = clock.now();
            // A request the run's stop keeps from starting takes no start.
            if (signal?.aborted)
                return now;
            nextStart = now + spacing;
            starts.push(now);
            // Only the starts a later 429 can count are kept.
            while ((starts[0] ?? now) < now - 2 * PACE_WINDOW_MS)
                starts.shift();
            return now;
        },
        pause(ms, startedAt) {
            // Read before the gate closes again: answers that came together may be read in any order.
            const counted = startedAt === undefined ? 0 : countedPace(startedAt);
            if (clock.now() + ms > openAt) {
                openAt = clock.now() + ms;
                opened.push(openAt);
                if (opened.length > OPENINGS_KEPT)
                    opened.shift();
            }
            if (startedAt === undefined)
                return undefined;
            // Refused although it started at the pace kept: slower by the margin at least.
            const atPace = spacing > 0 && startedAt >= pacedFrom;
            const learnt = atPace
                ? Math.max(counted, Math.ceil((spacing * PACE_MARGIN_TENTHS) / 10))
                : counted;
            // A pace only ever slows.
            if (learnt <= spacing)
                return undefined;
            spacing = learnt;
            pacedFrom = openAt;
            return spacing;
        }
    };
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: ./src/net/json.ts
/** The JSON object in `text`, or undefined when it is not one. */
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

;// CONCATENATED MODULE: ./src/net/http.ts






const MAX_BODY_BYTES = 1024 * 1024;
/** How much of a body that is not JSON is kept, to quote. */
const BODY_START_LENGTH = 4096;
/**
 * Sends requests through the agent @actions/http-client chooses for the URL: its tunnelling agent
 * when the runner's https_proxy/http_proxy applies (its no_proxy rules decide), else one
 * keep-alive agent, so a run's many lookups and batches reuse their connections.
 * The request itself and its body are handled here, because HttpClient's readBody() never settles
 * when a connection drops mid-body and its dispose() leaves a tunnelled connection open, so only a
 * request held here can be cut at its deadline. Redirects are never followed, so the token cannot
 * reach another host, and every request, body included, must finish within `timeoutMs`.
 * Everything that comes back (the body once parsed, the headers, an error's words) goes through
 * `redactor` before anything else sees it.
 */
function createTransport(userAgent, redactor) {
    const client = new lib_HttpClient(userAgent, [], { keepAlive: true });
    return async (request, timeoutMs, cut) => {
        const url = new URL(request.url);
        const agent = client.getAgent(url.href);
        try {
            const answer = withDeadline(timeoutMs, cut, exchange => http_send(url, request, agent, exchange));
            // While Box answers: the answer is redacted as soon as it arrives.
            setImmediate(() => redactor.prepare());
            const raw = await answer;
            const json = parseJsonObject(raw.body);
            const changed = new Set();
            const body = json ? redactor.json(json, changed) : undefined;
            const bodyStart = json ? '' : redactor.start(raw.body, BODY_START_LENGTH);
            return {
                status: raw.status,
                headers: redactor.json(raw.headers),
                ...(body ? { json: body } : {}),
                ...(bodyStart ? { bodyStart } : {}),
                ...(raw.bodyProblem ? { bodyProblem: redactor.text(raw.bodyProblem) } : {}),
                ...(raw.bodyTooLarge ? { bodyTooLarge: true } : {}),
                ...(changed.size > 0 ? { redactedFields: [...changed] } : {})
            };
        }
        catch (error) {
            const failure = error;
            throw new NetworkError(redactor.text(failure.message), failure.code, failure.retryable, failure.sent);
        }
    };
}
/**
 * Runs one exchange and cuts its connection when time runs out or `cut` fires: on a timeout a 2xx
 * whose body was still coming is a response with a body problem, anything else a network error
 * (ETIMEDOUT); when cut, a network error (ECANCELED).
 */
async function withDeadline(timeoutMs, cutSignal, run) {
    let cut = () => undefined;
    let late = false;
    let timer;
    let onAbort = () => undefined;
    // A connection opened after the deadline (a slow proxy set-up) is cut as soon as it exists.
    const exchange = { written: false, onCancel: c => (late ? c() : (cut = c)) };
    const deadline = new Promise((resolve, reject) => {
        timer = setTimeout(() => {
            late = true;
            cut();
            const why = `no complete response within ${timeoutMs / 1000} s`;
            if (exchange.accepted)
                resolve({ ...exchange.accepted, body: '', bodyProblem: why });
            else
                reject(new NetworkError(why, 'ETIMEDOUT', true, exchange.written));
        }, timeoutMs);
        onAbort = () => {
            late = true;
            cut();
            const why = 'the run was cancelled before Box answered';
            reject(new NetworkError(why, CANCELLED_CODE, false, exchange.written));
        };
        if (cutSignal?.aborted)
            onAbort();
        else
            cutSignal?.addEventListener('abort', onAbort, { once: true });
    });
    const running = run(exchange);
    running.catch(() => undefined);
    try {
        return await Promise.race([running, deadline]);
    }
    catch (error) {
        throw toNetworkError(error, exchange.written);
    }
    finally {
        clearTimeout(timer);
        cutSignal?.removeEventListener('abort', onAbort);
    }
}
function http_send(url, request, agent, exchange) {
    const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    const body = request.body;
    const headers = { ...request.headers };
    if (body !== undefined)
        headers['Content-Length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
        const req = transport.request(url, { method: request.method, headers, agent }, res => {
            const status = res.statusCode ?? 0;
            const head = { status, headers: flatten(res) };
            if (status >= 200 && status < 300)
                exchange.accepted = head;
            readBody(res).then(text => resolve({ ...head, body: text }), (error) => exchange.accepted
                ? resolve({
                    ...head,
                    body: '',
                    bodyProblem: error.message,
                    ...(error.code === 'EBODYTOOLARGE' ? { bodyTooLarge: true } : {})
                })
                : reject(error));
        });
        exchange.onCancel(() => req.destroy());
        req.on('finish', () => (exchange.written = true));
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
        // A connection that drops mid-body emits 'error' ("aborted"), then 'close' while incomplete.
        const closedEarly = () => reject(new NetworkError('the connection closed before the response ended', 'ECONNRESET', true));
        message.on('error', closedEarly);
        message.on('close', () => {
            if (!message.complete)
                closedEarly();
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
function toNetworkError(error, sent) {
    if (error instanceof NetworkError) {
        return new NetworkError(error.message, error.code, error.retryable, sent);
    }
    const code = String(error?.code ?? 'EUNKNOWN');
    const message = error instanceof Error ? error.message : String(error);
    return new NetworkError(message, code, isTransientFailure(code, message), sent);
}

// EXTERNAL MODULE: ./src/ascii.ts
var ascii = __nccwpck_require__(272);
;// CONCATENATED MODULE: ./src/redact.ts
// Text from outside (Box's answers, the token endpoint, a proxy, a network error) may echo a
// credential back. Every such text goes through one redactor as soon as it is parsed, before it is
// stored or formatted anywhere, so no escaped form of a secret can arise later.

const REDACTED = '***';
/**
 * Secrets shorter than this are replaced only where they stand alone, not inside a longer word or
 * number, so that a short passphrase cannot eat ordinary text; longer ones are also found encoded.
 */
const SHORT_SECRET_LENGTH = 8;
/** Secrets this long or longer are found in any ASCII case. */
const ANY_CASE_LENGTH = 16;
/**
 * The parts of one secret to hide: the whole value and, for a multi-line secret (a JSON config, a
 * PEM key), each line of at least 8 characters, since a line may be printed or echoed alone.
 */
function secretParts(secret) {
    if (secret.trim() === '')
        return [];
    const lines = secret
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(l => l.length >= SHORT_SECRET_LENGTH);
    return [...new Set([secret, ...lines])];
}
/** How many redacted strings the redactor remembers, so that repeated ones cost nothing. */
const REMEMBERED = 10_000;
function createRedactor(secrets = []) {
    const known = new Map();
    // The secrets learnt since the last build: a matcher is built when first needed after a secret
    // was added, for the new secrets alone, and looked for along with the earlier ones, so that the
    // token a JWT app is issued does not build its config's 35 parts again.
    let learnt = new Map();
    let matchers = [];
    let matcher;
    const current = () => {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a matcher of no secret finds nothing more
        if (learnt.size === 0)
            return matcher;
        // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: how many matchers the secrets are spread over, not what they find
        if (matchers.length === MOST_MATCHERS) {
            matchers = [];
            learnt = new Map(known);
        }
        matchers.push(createMatcher(learnt));
        learnt = new Map();
        matcher = combined(matchers);
        return matcher;
    };
    let remembered = new Map();
    let removed = 0;
    const text = (value) => {
        const built = current();
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; a text shorter than every form holds none
        if (!built || value.length < built.shortest)
            return value;
        const seen = remembered.get(value);
        // Stryker disable next-line ConditionalExpression,BlockStatement: remembering only saves the work of redacting again
        if (seen) {
            removed += seen.removed;
            return seen.text;
        }
        const spans = built.spans(value);
        const result = { text: replaceSpans(value, spans), removed: spans.length };
        // Stryker disable next-line ConditionalExpression,EqualityOperator: bounds what is remembered, not what is redacted
        if (remembered.size >= REMEMBERED)
            remembered = new Map();
        // Stryker disable next-line all: remembering only saves the work of redacting again
        remembered.set(value, result);
        removed += result.removed;
        return result.text;
    };
    const json = (value, changed, key) => {
        if (typeof value === 'string') {
            const redacted = text(value);
            if (redacted !== value && key !== undefined)
                changed?.add(key);
            return redacted;
        }
        if (Array.isArray(value))
            return value.map(item => json(item, changed, key));
        if (typeof value === 'object' && value !== null) {
            return Object.fromEntries(Object.entries(value).map(([name, inner]) => {
                const redactedName = text(name);
                if (redactedName !== name)
                    changed?.add(name);
                return [redactedName, json(inner, changed, name)];
            }));
        }
        return value;
    };
    const redactor = {
        add(secret, options) {
            if (secret.trim() === '')
                return;
            const anyCase = options?.anyCase === true || secret.length >= ANY_CASE_LENGTH;
            // Stryker disable next-line LogicalOperator,ConditionalExpression: learning again what it holds changes nothing it finds (forgetting a case learnt is a test's)
            if (known.has(secret) && (known.get(secret) === true || !anyCase))
                return;
            known.set(secret, anyCase);
            learnt.set(secret, anyCase);
            remembered = new Map();
        },
        text,
        json: (value, changed) => json(value, changed),
        start(value, length) {
            // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a shortcut for a text within the window
            if (value.length <= length)
                return text(value);
            const reach = current()?.reach ?? 0;
            // Stryker disable next-line MethodExpression: redacting the whole text finds the same spans in the window
            return text(value.slice(0, length + reach)).slice(0, length);
        },
        prepare: current,
        get removed() {
            return removed;
        }
    };
    for (const secret of secrets)
        redactor.add(secret);
    return redactor;
}
/** The literal forms a secret may take in someone else's text: raw, URL-encoded, JSON-escaped. */
function secretForms(secret) {
    const uri = encodeURIComponent(secret);
    // As a form body encodes it (application/x-www-form-urlencoded): encodeURIComponent also
    // escapes ! ' ( ) ~, and a space is +. URLSearchParams would do the same, far slower.
    const form = uri
        .replace(/[!'()~]/g, ch => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+');
    const lowerHex = (s) => s.replace(/%[0-9A-F]{2}/g, h => h.toLowerCase());
    const jsonEscaped = JSON.stringify(secret).slice(1, -1);
    const asciiJson = jsonEscaped.replace(/[^\x20-\x7e]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return [...new Set([secret, uri, lowerHex(uri), form, lowerHex(form), jsonEscaped, asciiJson])];
}
/**
 * The texts that the action's own escaping turns into the secret, for a secret that holds an
 * escape: JSON (`result`, the report's JSON) and the log write `"` as `\"`, the summary writes `&`
 * as `&amp;`, CSV doubles `"`. Found in what comes back, such text is removed before it is escaped.
 */
function escapedInto(secret) {
    // A secret with a format character in it is not undone: the action's escaping adds none; one
    // with no escape in it reads the same in the view.
    const view = HAS_IGNORABLE.test(secret) || !MAY_HIDE.test(secret) ? [] : [viewText(secret)];
    const undone = [...view, secret.replace(/""/g, '"')];
    return [...new Set(undone.filter(text => text !== secret && text.trim() !== ''))];
}
/**
 * The base64 and base64url characters that depend on the secret alone, for each of the three byte
 * alignments it may have inside a longer encoded text (`Bearer <token>`, `<id>:<secret>`).
 */
function base64Cores(secret) {
    // Stryker disable next-line StringLiteral: UTF-8 is also Buffer's default
    const bytes = Buffer.from(secret, 'utf8');
    const cores = [];
    for (const before of [0, 1, 2]) {
        const encoded = Buffer.concat([Buffer.alloc(before), bytes]).toString('base64');
        const core = encoded.slice(Math.ceil((8 * before) / 6), Math.floor((8 * (before + bytes.length)) / 6));
        cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return [...new Set(cores)];
}
// Unicode format characters and those Unicode says are ignored when shown (zero-width ones, soft
// hyphen, variation selectors): a secret with one inside still reads as the secret.
const IGNORABLES = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const HAS_IGNORABLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
/** Only text holding one of these can hide a secret the normalised view would find. */
const MAY_HIDE = /[%&\\\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
/**
 * Secrets longer than this (a private key, a whole JWT config) have each raw and encoded form
 * longer too: their forms are worked out, and looked for, only once a text is as long.
 */
const LONG_SECRET_LENGTH = 256;
// Stryker disable next-line ArrayDeclaration: seeds the lists with a text no answer holds
const noForms = () => ({ ownCase: [], anyCase: [], viewOwn: [], viewAny: [] });
/** A secret's raw and encoded forms, its base64 cores, and itself for the normalised view. */
function addForms(into, secret, anyCase, bare) {
    const forms = secretForms(secret);
    if (anyCase)
        into.anyCase.push(...forms.map(ascii/* asciiLowerCase */.r));
    else
        into.ownCase.push(...forms);
    into.ownCase.push(...base64Cores(secret));
    if (bare.length >= SHORT_SECRET_LENGTH) {
        if (anyCase)
            into.viewAny.push((0,ascii/* asciiLowerCase */.r)(bare));
        else
            into.viewOwn.push(bare);
    }
}
function tierOf(forms) {
    return {
        ownCase: needles(forms.ownCase),
        anyCase: needles(forms.anyCase),
        viewOwn: needles(forms.viewOwn),
        viewAny: needles(forms.viewAny)
    };
}
function createMatcher(known) {
    const near = noForms();
    const standingAlone = [];
    const longSecrets = [];
    let longest = 0;
    for (const [secret, anyCase] of known) {
        // No form is longer than 10 characters for each of the secret's (%XX of each byte of a 3-byte
        // character is 9); the texts its escaping is undone to are no longer than it.
        longest = Math.max(longest, 10 * secret.length);
        // The texts the action's escaping turns into the secret may be much shorter than it.
        const undone = escapedInto(secret);
        if (secret.length < SHORT_SECRET_LENGTH) {
            standingAlone.push(...secretForms(secret), ...undone);
            continue;
        }
        if (anyCase)
            near.anyCase.push(...undone.map(ascii/* asciiLowerCase */.r));
        else
            near.ownCase.push(...undone);
        const bare = secret.replace(IGNORABLES, '');
        // Every other form of a secret, and its base64 cores, are at least as long as it.
        // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: which tier a secret is in changes what is worked out when, not what is found
        if (secret.length > LONG_SECRET_LENGTH && bare.length > LONG_SECRET_LENGTH) {
            longSecrets.push([secret, anyCase, bare]);
        }
        else {
            addForms(near, secret, anyCase, bare);
        }
    }
    const nearTier = tierOf(near);
    let farTier;
    const alone = standingAlone.length > 0
        ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation(standingAlone)})(?![\\p{L}\\p{N}_])`, 'gu')
        : undefined;
    const all = [...near.ownCase, ...near.anyCase, ...standingAlone, ...near.viewOwn, ...near.viewAny];
    return {
        // Stryker disable next-line all: only the shortcut of text() reads it
        shortest: Math.min(LONG_SECRET_LENGTH + 1, ...all.map(s => s.length)),
        reach: longest,
        spans(text) {
            const found = [];
            findMatches(alone, text, found);
            const tiers = [nearTier];
            // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: no form of a long secret fits in a shorter text
            if (longSecrets.length > 0 && text.length > LONG_SECRET_LENGTH) {
                // Stryker disable next-line ConditionalExpression: working the long secrets' forms out again finds the same spans
                if (!farTier) {
                    const far = noForms();
                    for (const [secret, anyCase, bare] of longSecrets)
                        addForms(far, secret, anyCase, bare);
                    farTier = tierOf(far);
                }
                tiers.push(farTier);
            }
            let folded;
            let view;
            let viewFolded;
            for (const tier of tiers) {
                find(tier.ownCase, text, found);
                // Stryker disable next-line ConditionalExpression: find() does nothing without needles; only the folding is saved
                if (tier.anyCase)
                    find(tier.anyCase, (folded ??= (0,ascii/* asciiLowerCase */.r)(text)), found);
                // Stryker disable next-line ConditionalExpression,LogicalOperator: the view of a text with no escape and no format character is the text
                if (!(tier.viewOwn || tier.viewAny) || !MAY_HIDE.test(text))
                    continue;
                view ??= normalisedView(text);
                const inView = [];
                find(tier.viewOwn, view.text, inView);
                // Stryker disable next-line ConditionalExpression: find() does nothing without needles; only the folding is saved
                if (tier.viewAny)
                    find(tier.viewAny, (viewFolded ??= (0,ascii/* asciiLowerCase */.r)(view.text)), inView);
                for (const [start, end] of inView) {
                    found.push([view.from[start] ?? 0, view.to[end - 1] ?? text.length]);
                }
            }
            return redact_merge(found);
        }
    };
}
/**
 * The secrets are spread over at most this many matchers: one more is built for each set of
 * secrets learnt later (a JWT app's token, a token renewed), and past this all are built again as
 * one, so that a text is not read over and over.
 */
const MOST_MATCHERS = 4;
/** What several matchers find together. */
function combined(matchers) {
    const [only] = matchers;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: one matcher combined finds what it finds alone
    if (only && matchers.length === 1)
        return only;
    return {
        // Stryker disable next-line ArrowFunction: only the shortcut of text() reads it
        shortest: Math.min(...matchers.map(m => m.shortest)),
        reach: Math.max(...matchers.map(m => m.reach)),
        spans: text => redact_merge(matchers.flatMap(m => m.spans(text)))
    };
}
/** Longest first, so that a secret holding another is replaced whole. */
function alternation(forms) {
    return [...new Set(forms)]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|');
}
const START_LENGTH = 8;
function needles(forms) {
    // Stryker disable next-line ConditionalExpression: no needle finds nothing either way; only the empty pattern's steps are saved
    if (forms.length === 0)
        return undefined;
    const byStart = new Map();
    for (const form of new Set(forms)) {
        // Stryker disable next-line MethodExpression: indexing whole needles finds the same ones, with a larger expression
        const start = form.slice(0, START_LENGTH);
        // Stryker disable next-line ArrayDeclaration: seeds the lists with a text no answer holds
        byStart.set(start, [...(byStart.get(start) ?? []), form]);
    }
    const starts = [...byStart.keys()];
    return {
        starts: new RegExp(alternation(starts), 'g'),
        byStart,
        startLengths: [...new Set(starts.map(start => start.length))]
    };
}
/** Every needle found in `text`, at every place it begins (overlapping ones too). */
function find(found, text, into) {
    if (!found)
        return;
    const { starts, byStart, startLengths } = found;
    starts.lastIndex = 0;
    for (let match = starts.exec(text); match; match = starts.exec(text)) {
        const at = match.index;
        const begun = match[0];
        // The alternation gives the longest beginning found here; a shorter one found here is a prefix.
        for (const length of startLengths) {
            // Stryker disable next-line ConditionalExpression: a longer slice is the whole beginning, looked up again; merge() drops the twin span
            if (length > begun.length)
                continue;
            // Stryker disable next-line ArrayDeclaration: seeds the lists with a text no answer holds
            for (const needle of byStart.get(begun.slice(0, length)) ?? []) {
                if (text.startsWith(needle, at))
                    into.push([at, at + needle.length]);
            }
        }
        starts.lastIndex = at + 1;
    }
}
/** Every match of `pattern` in `text`, overlapping ones too (a secret beginning inside another). */
function findMatches(pattern, text, into) {
    if (!pattern)
        return;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        into.push([match.index, match.index + match[0].length]);
        // Stryker disable next-line all: stepping past a whole code point or half of one finds the same matches
        const point = text.codePointAt(match.index) ?? 0;
        // Stryker disable next-line all: stepping past a whole code point or half of one finds the same matches
        pattern.lastIndex = match.index + (point > 0xffff ? 2 : 1);
    }
}
function redact_merge(spans) {
    spans.sort((a, b) => a[0] - b[0]);
    const merged = [];
    let last;
    for (const [start, end] of spans) {
        if (last && start < last[1])
            last[1] = Math.max(last[1], end);
        else
            merged.push((last = [start, end]));
    }
    return merged;
}
function replaceSpans(text, spans) {
    // Stryker disable next-line ConditionalExpression: a shortcut; no span leaves the text as it is
    if (spans.length === 0)
        return text;
    let out = '';
    let at = 0;
    for (const [start, end] of spans) {
        out += text.slice(at, start) + REDACTED;
        at = end;
    }
    return out + text.slice(at);
}
/**
 * The text as a reader would see it once decoded: `%XX` bytes, JSON `\` escapes and HTML entities
 * decoded once, format and default-ignorable characters left out. `from[i]` and `to[i]` are the
 * span of the original text that the view's character `i` came from.
 */
function normalisedView(text) {
    return decodedView(text, true);
}
/** The normalised view's text alone, for a secret: where each character came from is not kept. */
function viewText(text) {
    // Stryker disable next-line BooleanLiteral: a view's text is the same with or without where it came from
    return decodedView(text, false).text;
}
function decodedView(text, mapped) {
    const parts = [];
    const from = [];
    const to = [];
    const put = (chars, start, end) => {
        // Stryker disable next-line ConditionalExpression: a view's text is the same with or without where it came from
        if (mapped) {
            for (let k = 0; k < chars.length; k++) {
                from.push(start);
                to.push(end);
            }
        }
        parts.push(chars);
    };
    const special = new RegExp(MAY_HIDE.source, 'gu');
    let i = 0;
    // Stryker disable next-line EqualityOperator: one more turn at the end finds nothing
    while (i < text.length) {
        special.lastIndex = i;
        const next = special.exec(text);
        const stop = next ? next.index : text.length;
        // Plain text up to the next character that may start an escape or be left out: as it is.
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a view's text is the same with or without where it came from
        for (let k = i; mapped && k < stop; k++) {
            from.push(k);
            to.push(k + 1);
        }
        parts.push(text.slice(i, stop));
        if (!next)
            break;
        i = stop;
        const ch = next[0];
        const decoded = ch === '%'
            ? percentDecoded(text, i)
            : ch === '\\'
                ? jsonUnescaped(text, i)
                : // Stryker disable next-line ConditionalExpression: entityDecoded() finds nothing that does not begin with &
                    ch === '&'
                        ? entityDecoded(text, i)
                        : undefined;
        if (decoded) {
            for (const [chars, start, end] of decoded) {
                put(chars, start, end);
                i = end;
            }
        }
        else if (ch === '%' || ch === '\\' || ch === '&') {
            put(ch, i, i + 1);
            i += 1;
        }
        else {
            // A format or default-ignorable character: left out.
            i += ch.length;
        }
    }
    return { text: parts.join(''), from, to };
}
/** A run of `%XX` bytes from `at`: each UTF-8 sequence as its character, a stray byte as Latin-1. */
function percentDecoded(text, at) {
    const bytes = [];
    // Stryker disable next-line Regex: the slice is 3 characters; a match anywhere in it is at its start
    for (let i = at; /^%[0-9A-Fa-f]{2}/.test(text.slice(i, i + 3)); i += 3) {
        bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
    }
    if (bytes.length === 0)
        return undefined;
    const decoded = [];
    for (let b = 0; b < bytes.length;) {
        const [chars, size] = utf8At(bytes, b);
        decoded.push([chars, at + 3 * b, at + 3 * (b + size)]);
        b += size;
    }
    return decoded;
}
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** The character whose UTF-8 sequence starts at byte `b`, and its size; a stray byte as Latin-1. */
function utf8At(bytes, b) {
    const lead = bytes[b] ?? 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; an ASCII byte decodes to itself either way
    if (lead < 0x80)
        return [String.fromCharCode(lead), 1];
    for (const size of [2, 3, 4]) {
        // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a slice cut short by the end is a sequence the decoder refuses
        if (b + size > bytes.length)
            break;
        try {
            const chars = UTF8.decode(Uint8Array.from(bytes.slice(b, b + size)));
            // Stryker disable next-line ConditionalExpression: a whole sequence from a lead byte is one character
            if ([...chars].length === 1)
                return [chars, size];
        }
        catch {
            // not a whole sequence of this size
        }
    }
    return [String.fromCharCode(lead), 1];
}
const JSON_ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
function jsonUnescaped(text, at) {
    const next = text[at + 1];
    // Stryker disable next-line Regex: the slice is at most 4 characters; either anchor reads it whole
    if (next === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(at + 2, at + 6))) {
        return [[String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16)), at, at + 6]];
    }
    // Stryker disable next-line ConditionalExpression: no escape is named "undefined"
    const plain = next === undefined ? undefined : JSON_ESCAPES[next];
    return plain === undefined ? undefined : [[plain, at, at + 2]];
}
// The named character references that stand for ASCII text, and the no-break space.
const ENTITIES = {
    amp: '&',
    AMP: '&',
    lt: '<',
    LT: '<',
    gt: '>',
    GT: '>',
    quot: '"',
    QUOT: '"',
    apos: "'",
    nbsp: '\u00a0',
    sol: '/',
    bsol: '\\',
    colon: ':',
    semi: ';',
    comma: ',',
    period: '.',
    excl: '!',
    quest: '?',
    num: '#',
    dollar: '$',
    percnt: '%',
    lpar: '(',
    rpar: ')',
    ast: '*',
    midast: '*',
    plus: '+',
    equals: '=',
    commat: '@',
    lsqb: '[',
    lbrack: '[',
    rsqb: ']',
    rbrack: ']',
    lowbar: '_',
    UnderBar: '_',
    grave: '`',
    DiacriticalGrave: '`',
    lcub: '{',
    lbrace: '{',
    rcub: '}',
    rbrace: '}',
    verbar: '|',
    vert: '|',
    VerticalLine: '|',
    Hat: '^',
    tilde: '~',
    Tab: '\t',
    NewLine: '\n'
};
function entityDecoded(text, at) {
    const match = /^&(?:#(\d{1,8})|#[xX]([0-9A-Fa-f]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/.exec(text.slice(at, at + 42));
    if (!match)
        return undefined;
    const end = at + match[0].length;
    if (match[3] !== undefined) {
        const chars = Object.hasOwn(ENTITIES, match[3]) ? ENTITIES[match[3]] : undefined;
        return chars === undefined ? undefined : [[chars, at, end]];
    }
    // Stryker disable next-line StringLiteral: the pattern gives match[2] whenever match[1] and match[3] are missing
    const point = match[1] !== undefined ? parseInt(match[1], 10) : parseInt(match[2] ?? '', 16);
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff))
        return undefined;
    return [[String.fromCodePoint(point), at, end]];
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// EXTERNAL MODULE: ./src/box/failure-text.ts
var failure_text = __nccwpck_require__(615);
;// CONCATENATED MODULE: ./src/box/client.ts




/**
 * The Box API client: every call retries on 429, 5xx and network errors, and with CCG or JWT gets
 * a new token once after a 401.
 */
function createBoxClient(deps) {
    return {
        authenticate: async () => {
            const started = deps.retry.clock.now();
            try {
                await deps.tokens.get();
                return { ok: true, value: true, attempts: 0, durationMs: 0, sent: true };
            }
            catch (error) {
                if (!(error instanceof AuthError))
                    throw error;
                const durationMs = deps.retry.clock.now() - started;
                return { ok: false, error: error.message, attempts: 0, durationMs, sent: false };
            }
        },
        call: call => callBox(deps, call)
    };
}
async function callBox(deps, call) {
    const { clock, stop } = deps.retry;
    const started = clock.now();
    const elapsed = () => clock.now() - started;
    const label = call.label ?? call.path;
    let attempts = 0;
    let sent = false;
    // Built once: a retried request sends the same bytes.
    const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
    const headers = {
        Accept: 'application/json',
        'User-Agent': deps.userAgent,
        ...(payload === undefined ? {} : { 'Content-Type': 'application/json' })
    };
    const url = `${deps.baseUrl}/2.0/${call.path}${queryString(call.query)}`;
    /** A 2xx the call does not take: why, or undefined. */
    const refusal = (response) => response.status >= 200 && response.status < 300 ? call.refuses?.(response) : undefined;
    try {
        let token = await deps.tokens.get();
        let renewals = 0;
        for (;;) {
            const outcome = await withRetries(timeoutMs => deps.transport({
                method: call.method,
                url,
                headers: { ...headers, Authorization: `Bearer ${token}` },
                body: payload
            }, timeoutMs, stop.cut), deps.retry, notice => deps.onRetry(label, notice), 
            // A body over the size cap would come again as large: it is not sent again.
            response => (response.bodyTooLarge ? undefined : refusal(response)));
            attempts += outcome.attempts;
            sent ||= outcome.sent;
            const { last } = outcome;
            if (last.kind === 'network') {
                const error = outcome.cancelled
                    ? `${label}: ${last.error.message}`
                    : `Box API ${call.path}: ${noResponse(attempts, last.error)}`;
                return {
                    ok: false,
                    error,
                    ...(outcome.cancelled ? { cancelled: true } : {}),
                    attempts,
                    durationMs: elapsed(),
                    sent
                };
            }
            const response = last.response;
            const answered = {
                status: response.status,
                attempts,
                sent,
                answeredAt: clock.now(),
                ...(response.redactedFields ? { redactedFields: response.redactedFields } : {})
            };
            if (response.status === 401 &&
                deps.tokens.canRenew &&
                renewals < RETRY_POLICY.renewalsAfter401 &&
                !stop.stopping.aborted) {
                renewals++;
                token = await deps.tokens.renew(token);
                continue;
            }
            const refused = refusal(response);
            const cancelled = outcome.cancelled ? ' (not retried: the run was cancelled)' : '';
            if (refused) {
                const after = attempts > 1 ? ` after ${attempts} attempts` : '';
                return {
                    ok: false,
                    error: `Box API ${response.status} on ${call.path}${after}: not Box's acceptance, as ${refused}${cancelled}`,
                    ...answered,
                    requestId: (0,failure_text/* requestIdHeader */.kC)(response),
                    durationMs: elapsed()
                };
            }
            if (response.status >= 200 && response.status < 300) {
                return {
                    ok: true,
                    value: response.json,
                    ...answered,
                    requestId: (0,failure_text/* requestIdHeader */.kC)(response),
                    durationMs: elapsed(),
                    ...(response.json ? {} : { warning: unreadable(call.path, response) })
                };
            }
            const error = (0,failure_text/* describeHttpFailure */.U4)(call.path, response, attempts, deps.tokens.method);
            return {
                ok: false,
                error: error + cancelled,
                ...((0,failure_text/* isBoxNotFound */.rR)(response) ? { notFound: true } : {}),
                ...((0,failure_text/* readErrorBody */.Nk)(response).isBoxError ? { boxError: true } : {}),
                ...answered,
                requestId: (0,failure_text/* readErrorBody */.Nk)(response).requestId,
                durationMs: elapsed()
            };
        }
    }
    catch (error) {
        if (!(error instanceof AuthError))
            throw error;
        return { ok: false, error: error.message, attempts, durationMs: elapsed(), sent };
    }
}
/** Why a 2xx had no readable JSON, for a reader that needs one (readAnswer makes it a failure). */
function unreadable(path, response) {
    const why = response.bodyProblem
        ? `, but its body could not be read (${response.bodyProblem})`
        : ' without a JSON body';
    return `Box answered ${response.status} on ${path}${why}`;
}
/** "?a=1&fields=id,name": values encoded, the items of a list joined by commas as Box expects. */
function queryString(query) {
    if (!query)
        return '';
    const pairs = Object.entries(query).map(([name, value]) => {
        const items = typeof value === 'object' ? value : [String(value)];
        return `${encodeURIComponent(name)}=${items.map(item => encodeURIComponent(item)).join(',')}`;
    });
    return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

;// CONCATENATED MODULE: ./src/box/connect.ts









/** The one way a Box client is built: for the action, and for the tests. */
function connectToBox(connection) {
    const userAgent = connection.userAgent ?? version/* USER_AGENT */._O;
    const redactor = connection.redactor ?? createRedactor();
    const clock = connection.clock ?? systemClock;
    const transport = connection.transport ?? createTransport(userAgent, redactor);
    const onRetry = connection.onRetry ?? (() => undefined);
    const hide = (secret) => {
        redactor.add(secret, { anyCase: true });
        connection.onSecret?.(secret);
    };
    const retry = {
        maxRetries: connection.maxRetries,
        requestTimeoutMs: connection.requestTimeoutMs,
        clock,
        gate: createGate(clock),
        stop: connection.stop ?? createStop()
    };
    const tokenRequester = createTokenRequester({
        transport,
        baseUrl: connection.baseUrl,
        retry,
        userAgent,
        onToken: hide,
        onRetry: notice => onRetry('oauth2/token', notice)
    });
    return createBoxClient({
        transport,
        baseUrl: connection.baseUrl,
        tokens: createTokenSource(connection.auth, tokenRequester, hide),
        retry,
        userAgent,
        onRetry
    });
}

;// CONCATENATED MODULE: ./src/run/lookup-budget.ts

/**
 * A client for the lookups that makes at most the requests `verify-targets` allows in all: the
 * count, the listings' pages, the lookups one by one and the member counts. Each request is
 * reserved before it is sent; once none is left, a call fails at once, sends nothing, and says why.
 * Retries of a request Box answered 429 or 5xx are the same request.
 */
function withLookupBudget(client, policy) {
    let left = policy.maxRequests;
    const spent = `not looked up: verify-targets: ${policy.input} makes at most ${(0,src_words/* groupDigits */.K)(policy.maxRequests)} lookup requests in a run, and they were all made`;
    return {
        authenticate: () => client.authenticate(),
        call: async (call) => {
            if (left <= 0)
                return { ok: false, error: spent, attempts: 0, durationMs: 0, sent: false };
            left--;
            return client.call(call);
        }
    };
}

;// CONCATENATED MODULE: ./src/run/execute.ts









/**
 * What a run does with the client, every step recorded in the ledger: authenticate, look the
 * targets up, terminate them in batches. Once `stopping` fires, no further step starts.
 */
async function execute(settings, client, ledger, events, stopping) {
    const stopped = () => stopping?.aborted === true;
    const auth = await client.authenticate();
    if (!auth.ok)
        return recordStopped(ledger, auth.error);
    if (settings.dryRun && !stopped()) {
        const me = await getCurrentUser(client);
        if (!me.ok)
            return recordStopped(ledger, me.error);
        recordIdentity(ledger, me.value);
        if (me.value.enterprise !== undefined)
            recordActingEnterprise(ledger, me.value.enterprise);
        events.identified(me.value);
    }
    if (stopped())
        return;
    const acting = actingEnterprise(settings.auth);
    if (acting !== undefined)
        recordActingEnterprise(ledger, acting);
    const lookups = withLookupBudget(client, settings.verify);
    const plan = await planLookups(ledger.entries, settings.verify, lookups, ledger.actingEnterprise !== undefined);
    recordLookupPlan(ledger, plan.record);
    events.lookupsPlanned(plan);
    await lookUpTargets(ledger, plan, lookups, stopping);
    events.lookedUp(ledger);
    if (stopped())
        return;
    settleNotFound(ledger);
    const unverified = settings.verify.strict
        ? ledger.entries.filter(e => e.lookup === 'unverified')
        : [];
    if (unverified.length > 0)
        return recordStopped(ledger, cannotVerify(unverified));
    settleUnsendable(ledger);
    settleCovered(ledger);
    recordBatches(ledger, planBatches(entriesToSend(ledger), settings.batchSize));
    events.batchesPlanned(ledger);
    if (settings.dryRun)
        return;
    await sendBatches(ledger, client, batch => events.batchDone(batch), stopping);
}
function cannotVerify(unverified) {
    const reasons = [...new Set(unverified.map(e => e.detail ?? ''))];
    const count = unverified.length;
    const more = reasons.length > 3 ? `; and ${(0,src_words/* plural */.L)(reasons.length - 3, 'more reason')}` : '';
    return `Box did not say who ${(0,src_words/* plural */.L)(count, 'target')} ${count === 1 ? 'is' : 'are'}, and verify-targets is true, so nothing was sent: ${reasons.slice(0, 3).join('; ')}${more}`;
}

;// CONCATENATED MODULE: ./src/targets/dedupe.ts

/** The targets without repeats, each kept where it first appears; its kind's key decides what repeats. */
function dedupe(targets) {
    const seen = Object.fromEntries(targets_kinds/* KIND_NAMES */.kd.map(name => [name, new Set()]));
    const kept = [];
    for (const target of targets) {
        const key = (0,targets_kinds/* kindOf */.I)(target.kind).key(target.value);
        if (seen[target.kind].has(key))
            continue;
        seen[target.kind].add(key);
        kept.push(target);
    }
    return kept;
}

// EXTERNAL MODULE: ./src/targets/parse-list.ts
var parse_list = __nccwpck_require__(178);
;// CONCATENATED MODULE: ./src/settings/base-url.ts

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
/**
 * Checks the `base-url` input and returns it without a trailing slash or `/2.0`, or a problem.
 * Only https is accepted, except plain http to a loopback host for local testing, so the
 * token never crosses a network in the clear.
 */
function parseBaseUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return (0,parsed/* refused */.J5)('base-url: is not a valid URL');
    }
    if (url.username || url.password) {
        return (0,parsed/* refused */.J5)('base-url: must not contain a user name or password');
    }
    if (url.search || url.hash) {
        return (0,parsed/* refused */.J5)('base-url: must not contain a query or a fragment');
    }
    const loopback = LOOPBACK_HOSTS.test(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        return (0,parsed/* refused */.J5)(`base-url: must use https (plain http is allowed only to a loopback host such as 127.0.0.1), got ${url.protocol.replace(':', '')}://${url.host}`);
    }
    // Box's API description names https://api.box.com/2.0 as its server: the action adds /2.0 itself.
    const path = url.pathname.replace(/\/+$/, '').replace(/\/2\.0$/, '');
    return (0,parsed/* parsed */.Yz)(`${url.origin}${path}`);
}

;// CONCATENATED MODULE: ./src/settings/parse-settings.ts










const MAX_RETRIES_LIMIT = 10;
const REQUEST_TIMEOUT_LIMIT_S = 300;
const BATCH_SIZE_LIMIT = 100_000;
/** With verify-targets: auto, the most lookup requests a run makes: about a minute at Box's pace. */
const AUTO_LOOKUP_REQUESTS = 1000;
const VERIFY_POLICIES = {
    auto: { input: 'auto', maxRequests: AUTO_LOOKUP_REQUESTS, strict: false },
    true: { input: 'true', maxRequests: Number.POSITIVE_INFINITY, strict: true },
    false: { input: 'false', maxRequests: 0, strict: false }
};
/**
 * Turns the raw inputs into one typed settings object, or throws one InputError listing every
 * problem. The readers of a list written as JSON and of a targets-file are loaded only for them.
 */
async function parseSettings(inputs, files) {
    const problems = [];
    // Each input is read once, its action.yml default applied when it is empty; the kinds' inputs
    // come from the table of kinds.
    const names = new Set([...targets_kinds/* KIND_NAMES */.kd, ...INPUT_NAMES]);
    const given = Object.fromEntries([...names].map(name => [name, inputs.text(name)]));
    const text = (name) => given[name] || INPUT_DEFAULTS[name] || '';
    const read = await Promise.all(targets_kinds/* KIND_NAMES */.kd.map(kind => (0,parse_list/* parseListInput */.U)(kind, text(kind))));
    const lists = read.map(list => (0,parsed/* collect */.Fo)(list, problems) ?? []);
    const notes = [];
    const file = text('targets-file');
    const fromFile = file
        ? (0,parsed/* collect */.Fo)((await Promise.all(/* import() */[__nccwpck_require__.e(370), __nccwpck_require__.e(175), __nccwpck_require__.e(859)]).then(__nccwpck_require__.bind(__nccwpck_require__, 859))).readTargetsFile(file, files), problems)
        : undefined;
    if (fromFile && fromFile.ignoredColumns.length > 0) {
        notes.push(`targets-file: ignored the columns ${fromFile.ignoredColumns.map(c => (0,safe_text/* quoteEntry */.pM)(c)).join(', ')}, which name no kind of target`);
    }
    const report = fromFile?.report;
    if (report)
        notes.push(reportNote(report.leftOut, report.dryRun, fromFile.targets.length));
    let found = [];
    for (const list of [...lists, fromFile?.targets ?? []])
        found = found.concat(list);
    if (found.length === 0 && problems.length === 0) {
        problems.push(report
            ? "no targets: targets-file is this action's report and every target in it ended for good (accepted, not found, or carried by another target); nothing is left to send"
            : `no targets: set at least one of ${targets_kinds/* KIND_NAMES */.kd.join(', ')} or targets-file`);
    }
    const auth = (0,parsed/* collect */.Fo)(parseAuth(name => given[name]), problems);
    const baseUrl = (0,parsed/* collect */.Fo)(parseBaseUrl(text('base-url')), problems);
    const boolean = (name) => readBoolean(inputs, name, given[name], problems);
    const dryRun = boolean('dry-run');
    const jobSummary = boolean('job-summary');
    const failOnUnknown = boolean('fail-on-unknown');
    const number = (name, range, unit = '') => readWholeNumber(name, text(name), range, problems, unit);
    const maxRetries = number('max-retries', [0, MAX_RETRIES_LIMIT]);
    const timeoutS = number('request-timeout', [1, REQUEST_TIMEOUT_LIMIT_S], ' of seconds');
    const batchSize = number('batch-size', [1, BATCH_SIZE_LIMIT]);
    const verify = VERIFY_POLICIES[text('verify-targets').toLowerCase()];
    if (!verify)
        problems.push(`verify-targets: must be auto, true or false`);
    if (verify?.maxRequests === 0) {
        // A kind sent as the ID Box finds cannot be sent without its lookup.
        for (const kind of targets_kinds/* TARGET_KINDS */.aO) {
            if (kind.sends !== 'found-id' || !found.some(target => target.kind === kind.input))
                continue;
            problems.push(`${kind.input}: its targets are sent as the ID Box finds for each, so they must be looked up; verify-targets: false cannot send them (use auto or true)`);
        }
    }
    if (problems.length > 0 || !auth || !baseUrl || !verify)
        throw new InputError(problems);
    return {
        targets: dedupe(found),
        auth,
        baseUrl,
        dryRun,
        maxRetries,
        requestTimeoutMs: timeoutS * 1000,
        jobSummary,
        verify,
        failOnUnknown,
        batchSize,
        notes
    };
}
const BOOLEAN_SPELLINGS = 'true, True, TRUE, false, False or FALSE';
/** A true/false input through @actions/core, its default when empty; a problem names the input. */
function readBoolean(inputs, name, given, problems) {
    if (given === '')
        return INPUT_DEFAULTS[name] === 'true';
    try {
        return inputs.boolean(name);
    }
    catch {
        problems.push(`${name}: must be true or false (${BOOLEAN_SPELLINGS})`);
        return false;
    }
}
function readWholeNumber(name, text, [min, max], problems, unit) {
    const value = Number(text);
    if (!/^[0-9]+$/.test(text) || value < min || value > max) {
        problems.push(`${name}: must be a whole number${unit} from ${min} to ${(0,src_words/* groupDigits */.K)(max)}`);
    }
    return value;
}
/** What a re-run from a report left out, and why, for the log. */
function reportNote(leftOut, dryRun, read) {
    if (dryRun) {
        return `targets-file is this action's report of a dry run: every one of its ${read} targets is read, as none was sent`;
    }
    const counts = Object.entries(leftOut).map(([outcome, n]) => `${n} ${outcome}`);
    const total = Object.values(leftOut).reduce((sum, n) => sum + n, 0);
    return total === 0
        ? `targets-file is this action's report: all ${read} of its targets are read, as none ended for good`
        : `targets-file is this action's report: ${total} of its targets are left out (${counts.join(', ')}), as Box accepted them, does not know them, or another target carried them; the ${read} that failed or were not sent are read`;
}

;// CONCATENATED MODULE: ./src/main.ts

















/** The action: inputs \u2192 settings \u2192 token \u2192 lookups \u2192 Box requests \u2192 ledger \u2192 outputs, files, summary. */
async function run(options = {}) {
    try {
        await runSteps(options);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setFailed(`Unexpected error: ${(0,safe_text/* safeText */.Hk)(message)}`);
    }
}
async function runSteps(options) {
    // Before anything is printed: the runner hides registered values in every later log line, and
    // the redactor removes them from everything Box or the token endpoint sends back.
    const inputs = runnerInputs();
    const redactor = createRedactor();
    // Every value registered with the runner's masking: no output may hold one.
    const registered = [];
    for (const secret of secretInputs(name => inputs.text(name))) {
        hide(secret.value, redactor, registered, { anyCase: secret.anyCase });
    }
    const early = options.signalsReceived ?? (() => []);
    const [first] = early();
    if (first !== undefined) {
        return setFailed(`Cancelled before anything was sent: the runner's ${first} came before the targets were read`);
    }
    let settings;
    core_debug('Reading the inputs and any targets-file');
    try {
        settings = await parseSettings(inputs, {
            workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
            runnerTemp: process.env.RUNNER_TEMP ?? '',
            osTemp: external_node_os_default().tmpdir(),
            realPath: file => external_node_fs_default().realpathSync(file),
            isFile: file => external_node_fs_default().statSync(file).isFile(),
            readText: file => external_node_fs_default().readFileSync(file, 'utf8')
        });
    }
    catch (error) {
        if (error instanceof InputError)
            return setFailed(error.message);
        throw error;
    }
    const stop = createStop();
    const client = connectToBox({
        ...settings,
        redactor,
        stop,
        onSecret: secret => {
            core_setSecret(secret);
            registered.push(secret);
        },
        onRetry: logRetry
    });
    // With client credentials or a JWT app the token is asked for first, and the run's record is set
    // up while the token endpoint answers. Nothing goes to a terminate endpoint before the run
    // watches the runner's signals.
    const authenticating = client.authenticate();
    try {
        // A turn of the event loop, and the token request has left.
        // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: a turn more or less changes when the token request leaves, not what is sent
        if (settings.auth.method !== 'token')
            await new Promise(resolve => setImmediate(resolve));
        await runWithClient(client, settings, redactor, registered, options, stop);
    }
    catch (error) {
        stop.cutNow();
        throw error;
    }
    finally {
        await authenticating;
    }
}
async function runWithClient(client, settings, redactor, registered, options, stop) {
    logInputNotes(settings);
    logDecidedSettings(settings);
    const early = options.signalsReceived ?? (() => []);
    // process.hrtime rather than the global performance, which loads perf_hooks on first use.
    const building = process.hrtime.bigint();
    const ledger = createLedger(settings.targets, settings.dryRun);
    const graceMs = options.graceMs ?? graceFor(Number(process.hrtime.bigint() - building) / 1e6);
    const files = openRunFiles(ledger);
    const signals = watchSignals(signal => {
        log_info(`Received ${signal}: no new request starts, and requests in flight get ${graceMs / 1000} s more`);
        // The rows of the targets never sent are written while those in flight finish.
        settleNotStarted(ledger);
        files.report?.flushSoon();
    }, signal => {
        // Only the summary is left to write, which takes a moment: it is finished first.
        if (files.written)
            return log_info(`Received ${signal}: the job summary is written first`);
        stopAtOnce(ledger, settings, registered, options.exit ?? (code => process.exit(code)));
    }, graceMs, stop);
    try {
        // A signal that came while the targets were read is taken now, before anything is sent.
        await new Promise(resolve => setImmediate(resolve));
        if (signals.stop.stopping.aborted || early().length > 0) {
            // Nothing is sent: a token request still in flight is dropped.
            stop.cutNow();
            settleCancelledBeforeSending(ledger);
            closeLedger(ledger);
            logOutcome(ledger, settings);
            return await publish(ledger, settings, files, registered);
        }
        const progress = progressLog();
        await execute(settings, client, ledger, {
            identified: logIdentity,
            lookupsPlanned: plan => {
                core_debug(`Lookups planned: ${plan.record.plan}`);
                logLookupPlan(plan.record, settings.verify);
            },
            lookedUp: done => {
                logLookedUp(done, settings.verify.strict, signals.stop.stopping.aborted);
                files.report?.flush();
            },
            batchesPlanned: planned => {
                core_debug(`Batches planned: ${planned.batches.length}`);
                logPlanned(planned);
            },
            batchDone: batch => {
                progress(batch);
                files.report?.flushSoon();
            }
        }, signals.stop.stopping);
        if (signals.stop.stopping.aborted) {
            core_debug('Nothing is in flight any more: settling the targets left');
            settleCancelled(ledger);
        }
        closeLedger(ledger);
        logOutcome(ledger, settings);
        if (redactor.removed > 0) {
            warning('A credential that Box, the token endpoint or a proxy sent back was removed from their answer: *** stands in its place in the log, outputs, summary and files', { title: 'Credential removed from an answer' });
        }
        await publish(ledger, settings, files, registered);
    }
    finally {
        signals.dispose();
    }
}
/** Registers a secret, and each of its lines, with the runner's masking and with the redactor. */
function hide(secret, redactor, registered, options) {
    for (const part of secretParts(secret)) {
        core_setSecret(part);
        registered.push(part);
        redactor.add(part, options);
    }
}
/** A second signal: record every target Box has not accepted, write the outputs, and end now. */
function stopAtOnce(ledger, settings, registered, exit) {
    settleCancelled(ledger);
    closeLedger(ledger);
    setOutputs(ledger, settings, { report: '', remainder: '' }, registered);
    const where = 'counted in failed-count, as a second signal stopped the run before its files were finished';
    setFailed(cancelledLine(ledger, '', where));
    exit(1);
}


/***/ }),

/***/ 466:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ collect),
/* harmony export */   J5: () => (/* binding */ refused),
/* harmony export */   Yz: () => (/* binding */ parsed),
/* harmony export */   vi: () => (/* binding */ valueOrProblems)
/* harmony export */ });
function parsed(value) {
    return { ok: true, value };
}
function refused(...problems) {
    return { ok: false, problems };
}
/** The value, or the problems when there are any (however many: no spread). */
function valueOrProblems(value, problems) {
    return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
/** The value of a result, after adding its problems to `problems`; undefined when it failed. */
function collect(result, problems) {
    if (result.ok)
        return result.value;
    for (const problem of result.problems)
        problems.push(problem);
    return undefined;
}


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ safeText),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   pM: () => (/* binding */ quoteEntry)
/* harmony export */ });
// Text that comes from inputs or from Box is printed to the runner's log, where a line that
// starts with "::" is a workflow command, and shown in the job summary's HTML. These helpers make
// such text inert there; outputs carry it unchanged.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** One printable line: control characters (CR, LF, ESC, \u2026) escaped, a leading "::" defused. */
function safeText(text) {
    return text.replace(CONTROL, escapeControl).replace(/^(\s*):(?=:)/, '$1:\u200b');
}
function escapeControl(ch) {
    if (ch === '\n')
        return '\\n';
    if (ch === '\r')
        return '\\r';
    if (ch === '\t')
        return '\\t';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** An entry quoted for an error message, shortened so one bad entry cannot flood the log. */
function quoteEntry(entry, max = 80) {
    const shown = entry.length > max ? `${entry.slice(0, max)}\u2026` : entry;
    return `"${safeText(shown).replace(/"/g, '\\"')}"`;
}
/**
 * Text for the HTML the job summary is built of: markup characters escaped, each line break shown
 * as one, other control characters as visible escapes.
 */
function htmlText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>')
        .replace(CONTROL, ch => (ch === '\t' ? ch : escapeControl(ch)));
}


/***/ }),

/***/ 378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ kindTable),
/* harmony export */   Q: () => (/* binding */ countLabel)
/* harmony export */ });
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(846);

/**
 * What the rest of the action reads of a table of kinds: the rows in order, their names, the
 * terminate_sessions endpoints in the order the kinds first name them, and the row of a name.
 */
function kindTable(rows) {
    const byName = new Map(rows.map(row => [row.input, row]));
    return {
        TARGET_KINDS: rows,
        KIND_NAMES: rows.map(row => row.input),
        ENDPOINTS: [...new Set(rows.map(row => row.endpoint))],
        kindOf: (name) => byName.get(name)
    };
}
/** "1 user ID", "37,000 group IDs". */
function countLabel(kind, count) {
    return (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(count, kind.label[0], kind.label[1]);
}


/***/ }),

/***/ 779:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Hr: () => (/* binding */ ENDPOINTS),
  kd: () => (/* binding */ KIND_NAMES),
  aO: () => (/* binding */ TARGET_KINDS),
  I: () => (/* binding */ kindOf)
});

// EXTERNAL MODULE: ./src/targets/kind.ts
var kind = __nccwpck_require__(378);
// EXTERNAL MODULE: ./src/box/answer.ts
var box_answer = __nccwpck_require__(347);
// EXTERNAL MODULE: ./src/box/objects.ts
var objects = __nccwpck_require__(725);
;// CONCATENATED MODULE: ./src/box/endpoints/get-group.ts


/** GET /2.0/groups/{group_id}: the group with this ID. */
async function getGroup(client, id) {
    const answer = await client.call({
        method: 'GET',
        path: `groups/${encodeURIComponent(id)}`,
        query: { fields: objects/* GROUP_FIELDS */.UR },
        label: `groups/${id}`
    });
    return (0,box_answer/* readAnswer */.JN)(answer, objects/* readGroup */.iY, 'groups/{group_id}');
}

;// CONCATENATED MODULE: ./src/box/endpoints/group-memberships.ts


/**
 * GET /2.0/groups/{group_id}/memberships?limit=1: Box's total_count of the group's memberships,
 * an approximate member count.
 */
async function countGroupMembers(client, groupId) {
    const answer = await client.call({
        method: 'GET',
        path: `groups/${encodeURIComponent(groupId)}/memberships`,
        query: { limit: 1 },
        label: `groups/${groupId}/memberships`
    });
    return (0,box_answer/* readAnswer */.JN)(answer, objects/* readTotalCount */.Ub, 'groups/{group_id}/memberships');
}

// EXTERNAL MODULE: ./src/box/endpoints/terminate-sessions.ts
var terminate_sessions = __nccwpck_require__(905);
;// CONCATENATED MODULE: ./src/targets/validate.ts
/** The most digits a Box ID has. */
const MAX_ID_DIGITS = 20;
/** The longest an email address, and so a Box login, can be. */
const MAX_LOGIN_LENGTH = 254;
const idProblem = id => {
    if (!/^[0-9]+$/.test(id))
        return 'is not a Box ID (digits only)';
    if (id.length > MAX_ID_DIGITS)
        return `is not a Box ID (at most ${MAX_ID_DIGITS} digits)`;
    return undefined;
};
// Whitespace, control (Cc) and format (Cf) characters, and the line and paragraph separators:
// characters a reader cannot see, named by code point.
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u;
// Characters a pasted address list carries around a login ("Ada <ada@example.com>;"), which Box
// would take as part of it.
const PUNCTUATION = '<>()[]\\,;:"';
// Either of the above, to test a whole login at once before naming each such character.
const REFUSED = /[\s\p{Cc}\p{Cf}<>()[\]\\,;:"]/u;
// A domain label: letters, digits and hyphens, not starting or ending with a hyphen.
const LABEL = /^[\p{L}\p{M}\p{Nd}](?:[\p{L}\p{M}\p{Nd}-]*[\p{L}\p{M}\p{Nd}])?$/u;
// A login of printable ASCII in the common shape, which every rule of loginRules accepts: tested
// first, in one step, as a targets-file may hold a hundred thousand logins.
const PLAIN_LOGIN = /^[!#-'*+\-./0-9=?A-Z^-~]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/**
 * A login: `local@domain`, with no whitespace, control or invisible characters and none of
 * < > ( ) [ ] \ , ; : ", and a domain of two or more dot-separated labels of letters, digits and
 * hyphens. Box answers 202 to any login, so anything else would be a silent no-op.
 */
const loginProblem = login => login.length <= MAX_LOGIN_LENGTH && PLAIN_LOGIN.test(login) ? undefined : loginRules(login);
/** The login rules one by one, naming the first that fails. */
const loginRules = login => {
    if (REFUSED.test(login)) {
        const refused = characters(login, ch => INVISIBLE.test(ch) || PUNCTUATION.includes(ch));
        return `contains ${refused}, which cannot be part of a login`;
    }
    if (login.length > MAX_LOGIN_LENGTH) {
        return `is longer than ${MAX_LOGIN_LENGTH} characters, the most a login can have`;
    }
    const at = login.indexOf('@');
    if (at === -1 || at !== login.lastIndexOf('@'))
        return 'must contain exactly one "@"';
    if (at === 0)
        return 'has nothing before the "@"';
    const labels = login.slice(at + 1).split('.');
    if (labels.length < 2 || !labels.every(label => LABEL.test(label))) {
        return 'needs a domain such as example.com after the "@": labels of letters, digits and hyphens, separated by dots';
    }
    return undefined;
};
/** The characters of a login outside ASCII, shown as code points so a look-alike is visible. */
function nonAsciiCharacters(login) {
    return /[^\x20-\x7e]/.test(login) ? characters(login, ch => ch > '\x7e') : undefined;
}
/**
 * `"<" at 1, U+200B at 4`: each character that `pick` selects with its 1-based position, quoted
 * when it is printable ASCII and by code point when it is invisible or could be a look-alike.
 */
function characters(text, pick) {
    const found = [];
    let position = 0;
    for (const ch of text) {
        position++;
        if (!pick(ch))
            continue;
        found.push(`${/^[\x21-\x7e]$/.test(ch) ? JSON.stringify(ch) : codePoint(ch)} at ${position}`);
    }
    return found.join(', ');
}
function codePoint(ch) {
    return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

// EXTERNAL MODULE: ./src/box/paging.ts
var paging = __nccwpck_require__(5);
;// CONCATENATED MODULE: ./src/box/endpoints/list-groups.ts


/** GET /2.0/groups?limit=1: how many groups the enterprise has. */
function countGroups(client) {
    return (0,paging/* countEntries */.EX)(client, { method: 'GET', path: 'groups', query: { fields: ['id'] } });
}
/**
 * GET /2.0/groups, offset-paged, 1,000 a page: the enterprise's groups, handed to `onPage` page by
 * page. Box refuses offsets past 10,000, so only the first 11,000 groups can be listed.
 */
function listGroups(client, onPage, count) {
    return (0,paging/* readOffsetPages */.mH)(client, { method: 'GET', path: 'groups', query: { fields: objects/* GROUP_FIELDS */.UR }, label: 'groups (listing)' }, objects/* readGroup */.iY, onPage, count === undefined ? { pages: paging/* MAX_LISTING_PAGES */.Rk } : (0,paging/* countedBound */.fA)(count));
}

;// CONCATENATED MODULE: ./src/box/endpoints/list-users.ts


/**
 * GET /2.0/users?limit=1: how many managed and app users the enterprise has (Box's total_count of
 * an offset-paged answer).
 */
function countUsers(client) {
    return (0,paging/* countEntries */.EX)(client, { method: 'GET', path: 'users', query: { fields: ['id'] } });
}
/**
 * GET /2.0/users, marker-paged, 1,000 a page: every managed and app user of the enterprise, handed
 * to `onPage` page by page and not kept. External users never appear in this list. The read stops
 * past the `count` Box gave and a margin, or past a fixed most pages without one.
 */
function listUsers(client, onPage, count) {
    return (0,paging/* readMarkerPages */.tg)(client, { method: 'GET', path: 'users', query: { fields: objects/* USER_FIELDS */.ce }, label: 'users (listing)' }, objects/* readUser */.Ue, users => void onPage(users), count === undefined ? { pages: paging/* MAX_LISTING_PAGES */.Rk } : (0,paging/* countedBound */.fA)(count), user => user.id);
}

;// CONCATENATED MODULE: ./src/targets/kinds/listings.ts



/** GET /2.0/users, marker-paged: every managed and app user; external users are never listed. */
const USERS_LISTING = {
    name: 'users',
    noun: 'user',
    count: countUsers,
    list: listUsers,
    limit: Number.POSITIVE_INFINITY
};
/** GET /2.0/groups, offset-paged: Box lists at most 11,000 groups this way. */
const GROUPS_LISTING = {
    name: 'groups',
    noun: 'group',
    count: countGroups,
    list: listGroups,
    limit: paging/* MAX_OFFSET */.d6 + paging/* PAGE_SIZE */.md
};

;// CONCATENATED MODULE: ./src/targets/kinds/group-ids.ts





/** Groups by Box ID: terminating one ends the sessions of every member. */
const GROUP_IDS = {
    input: 'group-ids',
    csvColumn: 'group_id',
    jsonKey: 'group_ids',
    label: ['group ID', 'group IDs'],
    title: 'Group IDs',
    validate: idProblem,
    key: id => id,
    endpoint: terminate_sessions/* GROUPS_TERMINATE */.ti,
    bodyKey: 'group_ids',
    lookUp: getGroup,
    countMembers: countGroupMembers,
    listing: { of: GROUPS_LISTING, key: group => group.id },
    shownAs: 'group'
};

;// CONCATENATED MODULE: ./src/box/endpoints/get-user.ts


/** GET /2.0/users/{user_id}: the user with this ID. */
async function getUser(client, id) {
    const answer = await client.call({
        method: 'GET',
        path: `users/${encodeURIComponent(id)}`,
        query: { fields: objects/* LOOKUP_USER_FIELDS */.P9 },
        label: `users/${id}`
    });
    return (0,box_answer/* readAnswer */.JN)(answer, objects/* readUser */.Ue, 'users/{user_id}');
}

;// CONCATENATED MODULE: ./src/targets/kinds/user-ids.ts




/** Users by Box ID. */
const USER_IDS = {
    input: 'user-ids',
    csvColumn: 'user_id',
    jsonKey: 'user_ids',
    label: ['user ID', 'user IDs'],
    title: 'User IDs',
    validate: idProblem,
    key: id => id,
    endpoint: terminate_sessions/* USERS_TERMINATE */.r,
    bodyKey: 'user_ids',
    lookUp: getUser,
    listing: { of: USERS_LISTING, key: user => user.id },
    shownAs: 'user'
};

// EXTERNAL MODULE: ./src/ascii.ts
var ascii = __nccwpck_require__(272);
;// CONCATENATED MODULE: ./src/box/endpoints/find-user-by-login.ts




/**
 * GET /2.0/users?filter_term=\u2026&user_type=all: the user whose login is exactly `login`, ignoring
 * ASCII case. Box matches the term as a prefix of names and logins, so `ada@example.com` also finds
 * `ada@example.com.au`; only an exact login counts. Pages are read by marker, which has no offset
 * limit, until a match or the end, 20 pages at most: only a search that ran to its end says the
 * login is not found; one stopped at that bound leaves it unverified.
 */
async function findUserByLogin(client, login) {
    const wanted = (0,ascii/* asciiLowerCase */.r)(login);
    let match;
    const read = await (0,paging/* readMarkerPages */.tg)(client, {
        method: 'GET',
        path: 'users',
        query: { filter_term: login, user_type: 'all', fields: objects/* LOOKUP_USER_FIELDS */.P9 },
        label: `users?filter_term=${login}`
    }, objects/* readUser */.Ue, users => {
        match = users.find(user => (0,ascii/* asciiLowerCase */.r)(user.login) === wanted);
        return match !== undefined;
    }, { pages: paging/* MAX_SEARCH_PAGES */.Lx }, user => user.id);
    if (!read.ok)
        return read;
    if (match)
        return { ...(0,box_answer/* facts */.Ix)(read), ok: true, value: match };
    if (read.redactedFields?.includes('login')) {
        const error = `a credential the action holds matched the login field of Box's answer and was removed from it, so Box's search cannot say whether ${login} exists`;
        return { ...(0,box_answer/* facts */.Ix)(read), ok: false, error };
    }
    return { ...(0,box_answer/* facts */.Ix)(read), ok: false, notFound: true, error: `no Box user has the login ${login}` };
}

;// CONCATENATED MODULE: ./src/targets/kinds/user-logins.ts





/** Users by login (their email address). */
const USER_LOGINS = {
    input: 'user-logins',
    csvColumn: 'user_login',
    jsonKey: 'user_logins',
    label: ['user login', 'user logins'],
    title: 'User logins',
    validate: loginProblem,
    // Only ASCII case: toLowerCase() would fold the Kelvin sign (U+212A) into "k" and make a
    // look-alike swallow the real login.
    key: ascii/* asciiLowerCase */.r,
    endpoint: terminate_sessions/* USERS_TERMINATE */.r,
    bodyKey: 'user_logins',
    lookUp: findUserByLogin,
    listing: { of: USERS_LISTING, key: user => (0,ascii/* asciiLowerCase */.r)(user.login ?? '') },
    shownAs: 'user',
    // A login whose user is also listed by a user ID that was found is sent once, by that ID.
    coveredBy: 'user-ids',
    // A login outside ASCII may be a look-alike of the one meant (a Cyrillic "\u0430" for an "a").
    lookAlikes: nonAsciiCharacters
};

;// CONCATENATED MODULE: ./src/targets/kinds.ts




/**
 * The kinds of target, one row each, in the order they are read, sent and reported. Everything
 * that names, checks, looks up, sends or shows a kind takes it from its row: a new kind is a new
 * row here (a module in kinds/) and an input in action.yml.
 */
const ROWS = [USER_IDS, USER_LOGINS, GROUP_IDS];
// Each row's body key is its endpoint's, and what covers it is a kind of the table.
const CHECKED = ROWS;
const { TARGET_KINDS, KIND_NAMES, ENDPOINTS, kindOf } = (0,kind/* kindTable */.D)(CHECKED);


/***/ }),

/***/ 178:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ parseListInput),
/* harmony export */   V: () => (/* binding */ checkTargets)
/* harmony export */ });
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(452);
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(466);
/* harmony import */ var _kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(779);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(425);




/**
 * Reads one list input as a workflow author may write it, or paste it from a mail client or a
 * spreadsheet: separated by commas, semicolons, spaces or newlines, or a JSON array of strings or
 * numbers. Entries are trimmed, empties dropped, and each is checked; every bad entry is a problem
 * naming the input.
 */
async function parseListInput(kind, raw) {
    const text = raw.trim();
    if (text.startsWith('[')) {
        // A list written as JSON: its reader (jsonc-parser) is loaded for it, and only then.
        const { readJsonList } = await Promise.all(/* import() */[__nccwpck_require__.e(370), __nccwpck_require__.e(25)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25));
        return checkTargets(readJsonList(kind, text));
    }
    const targets = text
        .split(/[\s,;]+/)
        .filter(value => value !== '')
        .map((value) => ({ kind, value, source: kind }));
    return checkTargets({ targets, problems: [] });
}
/**
 * Checks each target with its kind's rule, after the problems already found in reading them; every
 * refusal names the entry and where it came from.
 */
function checkTargets({ targets, problems }) {
    for (const target of targets) {
        const problem = (0,_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(target.kind).validate(target.value);
        if (problem)
            problems.push(`${(0,_target_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOrigin */ .uN)(target)}: ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteEntry */ .pM)(target.value)} ${problem}`);
    }
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_3__/* .valueOrProblems */ .vi)(targets, problems);
}


/***/ }),

/***/ 784:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ REPORT_HEADERS),
/* harmony export */   Vc: () => (/* binding */ FINISHED_OUTCOMES),
/* harmony export */   bE: () => (/* binding */ REPORT_COLUMNS)
/* harmony export */ });
/* harmony import */ var _kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(779);

/** The columns of the report-file, in order: one per kind of target, then how each ended. */
const REPORT_COLUMNS = [
    ..._kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGET_KINDS */ .aO.map(kind => kind.csvColumn),
    'outcome',
    'lookup',
    'box_id',
    'name',
    'batch',
    'status',
    'request_id',
    'answered_at',
    'detail'
];
/**
 * Every header the report-file has had, by which a targets-file is known to be a report: the same
 * columns since the report was first written (its outcomes were named `terminated` for `accepted`
 * before).
 */
const REPORT_HEADERS = [REPORT_COLUMNS];
/**
 * Outcomes a re-run from a report leaves out: Box accepted them (`terminated` in earlier reports),
 * Box does not know them, or another target carried them.
 */
const FINISHED_OUTCOMES = new Set([
    'accepted',
    'terminated',
    'covered',
    'not_found'
]);


/***/ }),

/***/ 425:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YW: () => (/* binding */ firstOfKind),
/* harmony export */   uN: () => (/* binding */ describeOrigin),
/* harmony export */   wv: () => (/* binding */ describeCounts),
/* harmony export */   x9: () => (/* binding */ asTargetsJson)
/* harmony export */ });
/* harmony import */ var _kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(779);
/* harmony import */ var _kind_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(378);


/** "user-ids", "targets-file line 12 (user_login)", "targets-file user_ids item 3". */
function describeOrigin(origin) {
    let text = origin.source;
    if (origin.line !== undefined)
        text += ` line ${origin.line}`;
    if (origin.item !== undefined)
        text += ` item ${origin.item}`;
    if (origin.column !== undefined)
        text += ` (${origin.column})`;
    return text;
}
/** Targets as the targets-file JSON object: every kind's key, with an empty array when unused. */
function asTargetsJson(targets) {
    const lists = Object.fromEntries(_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGET_KINDS */ .aO.map(kind => [kind.input, []]));
    for (const target of targets)
        lists[target.kind]?.push(target.value);
    return Object.fromEntries(_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGET_KINDS */ .aO.map(kind => [kind.jsonKey, lists[kind.input] ?? []]));
}
/** Of each kind present, in the kinds' order: how many targets there are, and the first `limit`. */
function firstOfKind(targets, limit) {
    const lists = new Map();
    for (const target of targets) {
        let list = lists.get(target.kind);
        if (!list)
            lists.set(target.kind, (list = { count: 0, first: [] }));
        if (list.count++ < limit)
            list.first.push(target);
    }
    return _kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGET_KINDS */ .aO.flatMap(kind => {
        const list = lists.get(kind.input);
        return list ? [{ kind, ...list }] : [];
    });
}
/** "2 user IDs, 1 user login": the count of each kind present. */
function describeCounts(targets) {
    return firstOfKind(targets, 0)
        .map(({ kind, count }) => (0,_kind_js__WEBPACK_IMPORTED_MODULE_1__/* .countLabel */ .Q)(kind, count))
        .join(', ');
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   cS: () => (/* binding */ OUTPUT_FOLDER_PREFIX)
/* harmony export */ });
/* unused harmony export ACTION_VERSION */
const ACTION_NAME = 'terminate-box-sessions';
const ACTION_VERSION = '1.0.0';
const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION} (+https://github.com/marketplace/actions/terminate-box-sessions)`;
/** The start of the name of each folder the action writes its files in. */
const OUTPUT_FOLDER_PREFIX = `${ACTION_NAME}-`;


/***/ }),

/***/ 846:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ groupDigits),
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 target", "2,500 targets": a count and its noun, plural but for one. */
function plural(count, one, many = `${one}s`) {
    return `${groupDigits(count)} ${count === 1 ? one : many}`;
}
/** 37000 as "37,000", without loading ICU's locale data (docs/benchmarks.md). */
function groupDigits(count) {
    return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
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

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
