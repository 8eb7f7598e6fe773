# Mend — the one entry point. `make run` to use the app, `make test` to check it.

GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
ADDR      ?= localhost:8000
BIN       := .cache/bin
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
# Pure-Go packages, tested natively and again as WebAssembly under Node.
WASM_PKGS  = $(shell $(GO) list ./app/... ./content/... | grep -v -E '^mend/app$$|/site$$|/gen$$')
# Node runs GOOS=js tests through go_js_wasm_exec, which ships with Go.
# Mend's own packages and the standard library, but for the runtime, are
# compiled without inlining for WebAssembly: the copies inlining makes
# cost more brotli bytes than the calls they save (46 KB of app.wasm
# brotli for Mend's packages, about 36 KB more for the standard
# library's). The runtime keeps its inlining, for allocation and maps;
# the checker runs 8-13% slower under wasm for the rest (make bench
# times it built this way). Through GOFLAGS the same setting reaches every
# wasm build, including the bench's hello world.
WASM_GOFLAGS := -gcflags=mend/...=-l -gcflags=std=-l -gcflags=runtime/...= -gcflags=internal/runtime/...=
WASM_ENV  := PATH="$(GOROOT)/lib/wasm:$(PATH)" GOOS=js GOARCH=wasm GOFLAGS="$(WASM_GOFLAGS)"
# The app.wasm the site ships leaves the checker's data, the guide's words
# and the share codec's dictionaries out: the generator writes them as
# files the app fetches (content/asset, app/content.go). Every other
# build, tests included, embeds them.
APP_TAGS  := fetchdata

.PHONY: run build dist test check unit wasm-test e2e bench chromium e2e-deps clean train

## run: build everything and serve the app at http://$(ADDR)
run: build
	$(BIN)/server -addr $(ADDR) -dir build

## build: the static site in build/: every page prerendered, app.wasm, precompressed files
build: $(BIN)/server $(BIN)/generate
	@mkdir -p .cache
	GOOS=js GOARCH=wasm GOFLAGS="$(WASM_GOFLAGS)" $(GO) build -tags $(APP_TAGS) -trimpath -ldflags="-s -w" -o .cache/app.wasm ./app
	$(BIN)/generate -out build -wasm .cache/app.wasm -web web -goroot "$(GOROOT)"

$(BIN)/server: FORCE
	$(GO) build -o $@ ./cmd/server

$(BIN)/generate: FORCE
	$(GO) build -o $@ ./app

## dist: build/ made ready for any static host (CSP as <meta>, a _headers file)
dist: build
	$(BIN)/generate -out build -dist dist

## test: formatting, vet, staticcheck, unit tests (native and wasm), browser tests
test: check unit wasm-test e2e

check:
	@unformatted="$$(gofmt -l $$(git ls-files '*.go'))"; \
	if [ -n "$$unformatted" ]; then echo "gofmt needed on:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(WASM_ENV) $(GO) vet ./app ./components
	$(WASM_ENV) $(GO) vet -tags $(APP_TAGS) ./app ./components
	GOBIN="$(CURDIR)/$(BIN)" $(GO) install $(STATICCHECK)
	$(BIN)/staticcheck ./...
	GOOS=js GOARCH=wasm $(BIN)/staticcheck ./app/... ./components/...
	GOOS=js GOARCH=wasm $(BIN)/staticcheck -tags $(APP_TAGS) -tests=false ./app ./components ./app/checker ./content/checker ./app/share ./content/guide ./content/asset

unit:
	$(GO) test -count=1 $(shell $(GO) list ./... | grep -v /e2e)

wasm-test:
	$(WASM_ENV) $(GO) test -count=1 $(WASM_PKGS)

## e2e: the browser tests: real Chromium against the real built site and server
e2e: build chromium e2e-deps
	MEND_SITE="$(CURDIR)/build" MEND_SERVER="$(CURDIR)/$(BIN)/server" MEND_GENERATE="$(CURDIR)/$(BIN)/generate" \
	MEND_WASM="$(CURDIR)/.cache/app.wasm" \
		$(GO) test -count=1 -timeout 20m ./e2e/

chromium:
	@if [ -x /usr/bin/chromium ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's chromium for the browser tests…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "The browser tests need Chromium at /usr/bin/chromium."; \
		echo "Install it (Debian/Ubuntu: sudo apt-get install chromium) and run make test again."; \
		exit 1; \
	fi

e2e-deps:
	@cd e2e && npm ci --no-audit --no-fund --loglevel=error

## train: fit the checker's part classifier to content/checker/training (same bytes each run)
train:
	$(GO) run ./cmd/train
	$(GO) run ./cmd/train -harms

## bench: sizes and speeds, printed as ratios measured side by side
# -p 1: one package's benchmarks at a time, so that none is timed while
# another package's run shares the cores.
bench: build chromium e2e-deps
	$(GO) test -p 1 -run='^$$' -bench=. -benchmem $(shell $(GO) list ./... | grep -v /e2e)
	$(WASM_ENV) $(GO) test -p 1 -run='^$$' -bench=. -benchmem $(WASM_PKGS)
	MEND_SITE="$(CURDIR)/build" MEND_SERVER="$(CURDIR)/$(BIN)/server" MEND_WASM="$(CURDIR)/.cache/app.wasm" \
		MEND_APP_TAGS=$(APP_TAGS) GOFLAGS="$(WASM_GOFLAGS)" $(GO) test -count=1 -run='^$$' -bench=. -benchtime=1x -timeout 20m ./e2e/

clean:
	rm -rf build dist .cache e2e/node_modules

FORCE:
