package seal

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
)

func TestSealOpen(t *testing.T) {
	p, err := New(bytes.NewReader(bytes.Repeat([]byte{3}, SaltSize)))
	if err != nil {
		t.Fatal(err)
	}
	nonce := make([]byte, NonceSize)
	header, plain := []byte("header"), []byte("what was written")
	sealed, err := Seal("Maple  river ", p, nonce, header, plain)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, plain) {
		t.Error("the sealed bytes show the text")
	}
	for _, typed := range []string{"maple river", " MAPLE RIVER", "Maple\triver\n"} {
		got, err := Open(typed, p, nonce, header, sealed)
		if err != nil || !bytes.Equal(got, plain) {
			t.Errorf("Open(%q) = %q, %v", typed, got, err)
		}
	}
	// The passphrase was normalised before it became a key.
	if got, err := OpenAsTyped("maple river", p, nonce, header, sealed); err != nil || !bytes.Equal(got, plain) {
		t.Errorf("OpenAsTyped(normalised) = %q, %v", got, err)
	}
	if _, err := OpenAsTyped("Maple  river ", p, nonce, header, sealed); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("OpenAsTyped(as typed) = %v, want ErrWrongPassphrase", err)
	}
	for name, try := range map[string]func() ([]byte, error){
		"wrong words":  func() ([]byte, error) { return Open("maple rive", p, nonce, header, sealed) },
		"other header": func() ([]byte, error) { return Open("maple river", p, nonce, []byte("Header"), sealed) },
		"other nonce": func() ([]byte, error) {
			return Open("maple river", p, bytes.Repeat([]byte{1}, NonceSize), header, sealed)
		},
		"short nonce": func() ([]byte, error) { return Open("maple river", p, nonce[:8], header, sealed) },
		"altered": func() ([]byte, error) {
			return Open("maple river", p, nonce, header, append([]byte{sealed[0] ^ 1}, sealed[1:]...))
		},
		"fewer passes": func() ([]byte, error) { q := p; q.Time = 2; return Open("maple river", q, nonce, header, sealed) },
		"other salt": func() ([]byte, error) {
			q := p
			q.Salt = make([]byte, SaltSize)
			return Open("maple river", q, nonce, header, sealed)
		},
	} {
		if _, err := try(); !errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("%s: %v, want ErrWrongPassphrase", name, err)
		}
	}
	if _, err := Open("  ", p, nonce, header, sealed); !errors.Is(err, ErrNoPassphrase) {
		t.Errorf("spaces only: %v, want ErrNoPassphrase", err)
	}
	if _, err := Seal(" ", p, nonce, header, plain); !errors.Is(err, ErrNoPassphrase) {
		t.Errorf("Seal with spaces only: %v, want ErrNoPassphrase", err)
	}
}

func TestCheck(t *testing.T) {
	salt := make([]byte, SaltSize)
	for _, tt := range []struct {
		p    Params
		want error
	}{
		{Params{3, 19 << 10, 1, salt}, nil},
		{Params{MaxTime, MaxMemory, MaxThreads, salt}, nil},
		{Params{3, 32 << 10, 1, salt[:8]}, nil},
		{Params{0, 19 << 10, 1, salt}, ErrImpossible},
		{Params{3, 19 << 10, 0, salt}, ErrImpossible},
		{Params{3, 31, 4, salt}, ErrImpossible},
		{Params{3, 19 << 10, 1, salt[:7]}, ErrImpossible},
		{Params{3, 19 << 10, 1, make([]byte, 65)}, ErrImpossible},
		{Params{MaxTime + 1, 19 << 10, 1, salt}, ErrOverLimits},
		{Params{3, MaxMemory + 1, 1, salt}, ErrOverLimits},
		{Params{3, 19 << 10, MaxThreads + 1, salt}, ErrOverLimits},
	} {
		if err := tt.p.Check(); !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
			t.Errorf("%+v: Check() = %v, want %v", tt.p, err, tt.want)
		}
		if tt.want != nil {
			if _, err := Open("x", tt.p, make([]byte, NonceSize), nil, make([]byte, 32)); !errors.Is(err, tt.want) {
				t.Errorf("%+v: Open = %v, want %v before any work", tt.p, err, tt.want)
			}
		}
	}
	if err := Default.Check(); !errors.Is(err, ErrImpossible) {
		t.Errorf("Default without a salt: %v", err)
	}
	p, _ := New(nil)
	if p.Check() != nil || len(p.Salt) != SaltSize {
		t.Errorf("New(nil) = %+v", p)
	}
	q, _ := New(nil)
	if bytes.Equal(p.Salt, q.Salt) {
		t.Error("two salts are the same")
	}
	if _, err := New(bytes.NewReader(nil)); err == nil {
		t.Error("New with a failing source gave no error")
	}
}

// BenchmarkArgon2id measures the key derivation alone with Default and the
// settings around it, for choosing Default: run it under WebAssembly too,
// where phones run it:
//
//	PATH=$(go env GOROOT)/lib/wasm:$PATH GOOS=js GOARCH=wasm go test -run XXX -bench Argon2id ./app/seal
func BenchmarkArgon2id(b *testing.B) {
	salt := make([]byte, SaltSize)
	for _, p := range []Params{
		{Time: 2, Memory: 19 << 10, Threads: 1},
		Default,
		{Time: 4, Memory: 19 << 10, Threads: 1},
		{Time: 3, Memory: 32 << 10, Threads: 1},
	} {
		p.Salt = salt
		b.Run(fmt.Sprintf("t=%d/m=%dMiB", p.Time, p.Memory>>10), func(b *testing.B) {
			for b.Loop() {
				Key("maple river candle orbit", p)
			}
		})
	}
}
