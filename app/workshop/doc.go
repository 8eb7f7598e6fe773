// Package workshop is the logic behind the apology workshop page: it turns
// the checker's findings into highlight segments laid over the draft, says
// in one line what the checker sees, and keeps the list of drafts (names,
// dates, copies, deleting with undo). It knows nothing of the browser, so
// it is tested natively and under WebAssembly alike; the page in
// mend/components only renders what it returns.
package workshop
