export const id = 748;
export const ids = [748];
export const modules = {

/***/ 1748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditContext: () => (/* binding */ auditContext)
/* harmony export */ });
function auditContext(context, repository) {
    const runUrl = repository && context.runId
        ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}${context.runAttempt && context.runAttempt > 1 ? `/attempts/${context.runAttempt}` : ''}`
        : undefined;
    return { actor: context.actor, eventName: context.eventName, workflow: context.workflow, runUrl };
}


/***/ })

};
