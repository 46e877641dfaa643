export const id = 855;
export const ids = [855];
export const modules = {

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* unused harmony export SUMMARY_LIST_LIMIT */
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(665);
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1452);


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
        : (0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .failed */ .gz)(report)
            ? 'Box session termination failed'
            : 'Box sessions terminated';
    lines.push(`## ${title}`, '');
    if (report.dryRun) {
        lines.push('**Dry run**: no termination request was sent.', '');
    }
    if (report.identity) {
        const who = report.identity;
        lines.push(`Acting as **${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(who.name || who.id)}** (${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(who.login)}, user ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(who.id)}, role ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(who.role || 'unknown')}).`, '');
    }
    if (report.error)
        lines.push(`**Error:** ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(report.error)}`, '');
    if (report.results.length > 0) {
        lines.push('| Endpoint | Targets | Status | Box message | Request ID | Attempts |', '| --- | --- | --- | --- | --- | --- |');
        for (const r of report.results) {
            const status = r.ok ? `✅ ${r.status}` : `❌ ${r.status ?? 'no response'}`;
            const message = r.ok ? r.message : (r.error ?? '');
            lines.push(`| \`${r.endpoint}\` | ${(0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .countTargets */ .cY)(r)} | ${status} | ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(message)} | ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(r.requestId ?? '')} | ${r.attempts} |`);
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
    const run = audit.runUrl ? `[${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(audit.runUrl)}](${audit.runUrl})` : 'unknown';
    lines.push('### Audit', '', `- Actor: ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(audit.actor || 'unknown')}`, `- Event: ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(audit.eventName || 'unknown')}`, `- Workflow: ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(audit.workflow || 'unknown')}`, `- Run: ${run}`, '');
    return lines.join('\n');
}
/** A validated target as inline code; a pipe would still split a table cell, a backtick end the span. */
function codeSpan(value) {
    return `\`${value.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}


/***/ })

};
