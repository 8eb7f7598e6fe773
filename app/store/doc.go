// Package store owns every byte Mend keeps on the device. It saves and
// loads everything the user writes in Mend — the repair plan, check-ins,
// drafts, guide progress and the record of what was shared — as one
// versioned JSON document in the browser's localStorage, and makes backup
// files of it (sealed by app/seal when locked). Beside the document it
// keeps a partner's copy of a plan shared with them (Kept, under KeptKey),
// versioned too. Every key starts with Prefix, and Store.DeleteEverything
// removes them all.
//
// Its promise is that nothing the user wrote is ever lost without them
// choosing it:
//
//   - The document lives under one key (Key) as valid JSON, because go-app
//     parses every localStorage key at start-up. Every other key this package
//     writes is valid JSON too.
//   - Before a Store first overwrites the stored document, it copies the
//     stored document to PreviousKey. A copy that trailed by one keystroke
//     would protect against nothing a person notices, so the copy is taken
//     once per Store (that is, per page load), and holds what was there when
//     the user opened Mend.
//   - If the stored text cannot be read (not JSON, a newer version, the wrong
//     shape), Open reports a Problem that keeps the raw text for download,
//     and the Store refuses to save over it until the user chooses
//     Store.StartFresh, which first sets the raw text aside under its own
//     key, or Store.RestorePrevious.
//   - A failed save (storage full, blocked, invalid data) changes neither
//     the stored data nor the Store's document, and its error carries a kind
//     and a short, kind message for the user (UserMessage).
//   - Saves are read-modify-write: Update re-reads the stored document when
//     another tab changed it and applies the change to that fresher copy, so
//     two tabs never overwrite each other's edits to different fields.
//
// A document always says its version ("v"). Older versions are upgraded on
// load by a chain of migrations, one step per version. A document without
// "v" is refused as unreadable rather than guessed at: Mend has written "v"
// since its first version, so such text was not written by Mend or has lost
// part of itself, and guessing could silently drop what it holds.
//
// The package has no UI. The browser's localStorage is reached through the
// Backend interface (Browser, in the js build); Memory stands in for it in
// tests and when the browser blocks storage.
package store
