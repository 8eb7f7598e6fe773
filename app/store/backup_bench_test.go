package store

import (
	"fmt"
	"testing"

	"golang.org/x/crypto/argon2"
)

// BenchmarkArgon2id measures the key derivation of encrypted backups with
// DefaultKDF next to lighter and heavier settings, so a change to DefaultKDF
// can be judged by ratio. Run it under WebAssembly too:
//
//	PATH=$(go env GOROOT)/lib/wasm:$PATH GOOS=js GOARCH=wasm go test -run XXX -bench Argon2id ./app/store
func BenchmarkArgon2id(b *testing.B) {
	salt := make([]byte, saltSize)
	for _, k := range []KDFParams{
		{Time: 2, Memory: 19 * 1024, Threads: 1},
		DefaultKDF,
		{Time: 3, Memory: 64 * 1024, Threads: 1},
	} {
		b.Run(fmt.Sprintf("t=%d,m=%dMiB", k.Time, k.Memory/1024), func(b *testing.B) {
			for b.Loop() {
				argon2.IDKey([]byte("correct horse battery staple"), salt, k.Time, k.Memory, k.Threads, 32)
			}
		})
	}
}
