package store

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"mend/app/plan"
	"mend/app/seal"
)

// The backup file format. A plain backup is
//
//	{"app":"mend","kind":"backup","v":1,"exported":"<RFC 3339>","document":{...}}
//
// and an encrypted one keeps the same header with kind "encrypted-backup",
// the key-derivation parameters, and the plain backup's bytes sealed by
// app/seal (AES-256-GCM under a key derived from the passphrase with
// Argon2id).
const (
	BackupApp     = "mend"             // the "app" of every backup file
	KindBackup    = "backup"           // the "kind" of a plain backup
	KindEncrypted = "encrypted-backup" // the "kind" of an encrypted backup
	BackupVersion = 1                  // the "v" of the backup format (not of the document)
	maxBackupSize = 32 << 20           // far above the browser's 5 MiB storage
)

// kdfJSON is how an encrypted backup carries its seal.Params, so later
// versions can raise seal.Default and still open older files.
type kdfJSON struct {
	Name    string `json:"name"`    // "argon2id"
	Time    uint32 `json:"time"`    // passes over memory
	Memory  uint32 `json:"memory"`  // KiB
	Threads uint8  `json:"threads"` // lanes
	Salt    []byte `json:"salt"`    // base64 in JSON
	// Normalized says the passphrase went through seal.Normalize, as in
	// every file made since; files made before it were sealed with the
	// passphrase exactly as typed. Absent (false) in those, so their
	// authenticated header is unchanged.
	Normalized bool `json:"normalized,omitempty"`
}

func (k kdfJSON) params() seal.Params {
	return seal.Params{Time: k.Time, Memory: k.Memory, Threads: k.Threads, Salt: k.Salt}
}

type backupHeader struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	App      string `json:"app"`
	Kind     string `json:"kind"`
	V        int    `json:"v"`
	Exported string `json:"exported"`
}

type plainBackup struct {
	backupHeader
	Document json.RawMessage `json:"document"`
}

type encryptedBackup struct {
	backupHeader
	KDF        kdfJSON `json:"kdf"`
	Cipher     string  `json:"cipher"` // "AES-256-GCM"
	Nonce      []byte  `json:"nonce"`
	Ciphertext []byte  `json:"ciphertext"`
}

// Summary describes what a backup file holds, for a preview before the user
// chooses to replace their data with it.
type Summary struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	Encrypted      bool
	Exported       string // when the file was made, RFC 3339
	Updated        string // when the document was last saved, RFC 3339
	SectionsFilled int    // plan sections with something written in them
	Commitments    int
	CheckIns       int
	Drafts         int
	GuideDone      int // guide steps marked done
	Shares         int
}

// Export makes a plain backup file of doc, and its file name, such as
// "mend-backup-2026-11-22.json" (the calendar day of now in now's location).
// It checks doc first, so a backup always imports.
func Export(doc Document, now time.Time) ([]byte, string, error) {
	b, err := exportPlain(doc, now)
	if err != nil {
		return nil, "", err
	}
	return b, "mend-backup-" + plan.FormatDate(now) + ".json", nil
}

func exportPlain(doc Document, now time.Time) ([]byte, error) {
	doc.V = Version
	if err := doc.Validate(); err != nil {
		return nil, &Error{Kind: KindInvalid, Message: "Mend couldn't make a backup because part of your notes doesn't fit. Nothing has been changed.", Err: wrap(ErrInvalid, err)}
	}
	d, err := json.Marshal(doc)
	if err != nil {
		return nil, err
	}
	return json.Marshal(plainBackup{header(KindBackup, now), d})
}

func header(kind string, now time.Time) backupHeader {
	return backupHeader{App: BackupApp, Kind: kind, V: BackupVersion, Exported: now.UTC().Format(time.RFC3339)}
}

// ExportEncrypted makes a backup file of doc that only passphrase opens, and
// its file name, such as "mend-backup-2026-11-22-locked.json". It is sealed
// by app/seal (Argon2id with seal.Default and a random salt, then
// AES-256-GCM), with the header as additional data so it cannot be changed
// unnoticed. Case and spacing of the passphrase do not matter
// (seal.Normalize). An empty passphrase is refused.
func ExportEncrypted(doc Document, now time.Time, passphrase string) ([]byte, string, error) {
	if seal.Normalize(passphrase) == "" {
		return nil, "", &Error{Kind: KindNeedsPassphrase, Message: "Choose a passphrase to lock the backup with.", Err: ErrNeedsPassphrase}
	}
	plain, err := exportPlain(doc, now)
	if err != nil {
		return nil, "", err
	}
	p, err := seal.New(nil)
	if err != nil {
		return nil, "", err
	}
	e := encryptedBackup{backupHeader: header(KindEncrypted, now), Cipher: "AES-256-GCM",
		KDF: kdfJSON{Name: "argon2id", Time: p.Time, Memory: p.Memory, Threads: p.Threads, Salt: p.Salt, Normalized: true}}
	e.Nonce = make([]byte, seal.NonceSize)
	if _, err := rand.Read(e.Nonce); err != nil {
		return nil, "", err
	}
	if e.Ciphertext, err = seal.Seal(passphrase, p, e.Nonce, additionalData(e), plain); err != nil {
		return nil, "", err
	}
	b, err := json.Marshal(e)
	if err != nil {
		return nil, "", err
	}
	return b, "mend-backup-" + plan.FormatDate(now) + "-locked.json", nil
}

// additionalData binds the header and the KDF parameters to the ciphertext.
func additionalData(e encryptedBackup) []byte {
	ad, _ := json.Marshal(struct {
		backupHeader
		KDF    kdfJSON
		Cipher string
	}{e.backupHeader, e.KDF, e.Cipher})
	return ad
}

// Import reads a backup file made by Export, checks it, and returns the
// document (upgraded to Version) with a Summary for a preview. It changes
// nothing: to use the document, the caller replaces the stored one with
// Store.Update. An encrypted file gives ErrNeedsPassphrase; open it with
// ImportWithPassphrase.
//
// Errors are *Error values saying what is wrong, wrapping ErrNotABackup
// (not JSON, another app's file, a damaged file), ErrNewerVersion, ErrInvalid
// (a document that fails Document.Validate) or ErrNeedsPassphrase.
func Import(b []byte) (Document, Summary, error) {
	return ImportWithPassphrase(b, "")
}

// ImportWithPassphrase is Import for a file that may be encrypted: it opens
// it with passphrase, failing with ErrWrongPassphrase if that does not open
// it. A plain file is read as Import reads it, ignoring the passphrase.
func ImportWithPassphrase(b []byte, passphrase string) (Document, Summary, error) {
	var h backupHeader
	if err := checkHeader(b, &h); err != nil {
		return Document{}, Summary{}, err
	}
	if h.Kind == KindEncrypted {
		if passphrase == "" {
			return Document{}, Summary{Encrypted: true, Exported: h.Exported}, &Error{Kind: KindNeedsPassphrase, Message: msgNeedsPass, Err: ErrNeedsPassphrase}
		}
		plain, err := decrypt(b, passphrase)
		if err != nil {
			return Document{}, Summary{Encrypted: true, Exported: h.Exported}, err
		}
		var inner backupHeader
		if err := checkHeader(plain, &inner); err != nil || inner.Kind != KindBackup {
			return Document{}, Summary{}, notABackup("the locked contents are not a Mend backup")
		}
		d, sum, err := importPlain(plain, inner)
		sum.Encrypted = true
		return d, sum, err
	}
	return importPlain(b, h)
}

func notABackup(why string) error {
	return &Error{Kind: KindNotABackup, Message: msgNotABackup, Err: fmt.Errorf("%w: %s", ErrNotABackup, why)}
}

// checkHeader reads and checks the header common to every backup file.
func checkHeader(b []byte, h *backupHeader) error {
	if len(b) > maxBackupSize {
		return &Error{Kind: KindNotABackup, Message: "This file is far too big to be a Mend backup, so nothing was imported. Your notes here are unchanged.",
			Err: fmt.Errorf("%w: %d bytes", ErrNotABackup, len(b))}
	}
	if !json.Valid(b) {
		return notABackup("the file is not JSON")
	}
	if err := json.Unmarshal(b, h); err != nil {
		return notABackup("the file is not a JSON object with a backup header")
	}
	if h.App != BackupApp {
		return notABackup(fmt.Sprintf("the file's app is %q, not %q", h.App, BackupApp))
	}
	if h.Kind != KindBackup && h.Kind != KindEncrypted {
		return notABackup(fmt.Sprintf("the file's kind is %q", h.Kind))
	}
	if h.V > BackupVersion {
		return &Error{Kind: KindNewer, Message: "This backup was made by a newer version of Mend. Reload the page to update Mend, then try again. Nothing has been changed.",
			Err: fmt.Errorf("%w: backup format %d, this Mend reads up to %d", ErrNewerVersion, h.V, BackupVersion)}
	}
	if h.V < 1 {
		return notABackup(fmt.Sprintf("the file's version %d is not a backup format", h.V))
	}
	return nil
}

func importPlain(b []byte, h backupHeader) (Document, Summary, error) {
	var p plainBackup
	if err := json.Unmarshal(b, &p); err != nil || len(p.Document) == 0 || string(p.Document) == "null" {
		return Document{}, Summary{}, notABackup("the file holds no document")
	}
	d, err := Decode(p.Document)
	if err != nil {
		switch decodeKind(err) {
		case KindNewer:
			return Document{}, Summary{}, &Error{Kind: KindNewer, Message: "This backup was made by a newer version of Mend. Reload the page to update Mend, then try again. Nothing has been changed.", Err: err}
		default:
			return Document{}, Summary{}, &Error{Kind: KindInvalid, Message: "This backup is damaged or incomplete, so nothing was imported. Your notes here are unchanged.", Err: wrap(ErrInvalid, err)}
		}
	}
	return d, summarize(d, h.Exported), nil
}

func decrypt(b []byte, passphrase string) ([]byte, error) {
	var e encryptedBackup
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, notABackup("the locked backup's fields cannot be read")
	}
	if e.KDF.Name != "argon2id" || e.Cipher != "AES-256-GCM" {
		return nil, notABackup(fmt.Sprintf("unknown key derivation %q or cipher %q", e.KDF.Name, e.Cipher))
	}
	open := seal.Open
	if !e.KDF.Normalized {
		open = seal.OpenAsTyped
	}
	plain, err := open(passphrase, e.KDF.params(), e.Nonce, additionalData(e), e.Ciphertext)
	switch {
	case errors.Is(err, seal.ErrWrongPassphrase):
		return nil, &Error{Kind: KindWrongPassphrase, Message: msgWrongPass, Err: ErrWrongPassphrase}
	case errors.Is(err, seal.ErrNoPassphrase):
		return nil, &Error{Kind: KindNeedsPassphrase, Message: msgNeedsPass, Err: ErrNeedsPassphrase}
	case err != nil:
		return nil, notABackup(fmt.Sprintf("key settings refused (%v): time %d, memory %d KiB, threads %d, salt %d bytes",
			err, e.KDF.Time, e.KDF.Memory, e.KDF.Threads, len(e.KDF.Salt)))
	}
	return plain, nil
}

func summarize(d Document, exported string) Summary {
	s := Summary{
		Exported:    exported,
		Updated:     d.Updated,
		Commitments: len(d.Plan.Commitments),
		CheckIns:    len(d.CheckIns),
		Drafts:      len(d.Drafts),
		GuideDone:   len(d.GuideDone),
		Shares:      len(d.Shares),
	}
	for _, sec := range plan.Sections {
		if len(d.Plan.SectionText(sec.ID)) > 0 {
			s.SectionsFilled++
		}
	}
	return s
}
