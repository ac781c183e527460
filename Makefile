# Sequel Radar. Two commands are all a newcomer needs:
#   make run    build and open the app on your default data folder
#   make test   every test: unit, integration, end-to-end in the real window
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
CARGO_TARGET_DIR ?= $(CURDIR)/target
export CARGO_TARGET_DIR
TAURI := $(CURDIR)/node_modules/.bin/tauri

.PHONY: run test bundle bench eval deps fmt lint clean-e2e

run:
	scripts/install-deps.sh build
	cargo build --release -p sequel-radar
	"$(CARGO_TARGET_DIR)/release/sequel-radar"

test:
	scripts/install-deps.sh test
	cargo build -p sequel-radar
	cd src-tauri && "$(TAURI)" build --debug --bundles deb --ci
	SEQUEL_RADAR_BIN="$(CARGO_TARGET_DIR)/debug/sequel-radar" \
	SEQUEL_RADAR_DEB_DIR="$(CARGO_TARGET_DIR)/debug/bundle/deb" \
	cargo test --workspace --no-fail-fast -- --test-threads=2

bundle:
	scripts/install-deps.sh bundle
	cd src-tauri && "$(TAURI)" build --bundles deb --ci
	@ls -1 "$(CARGO_TARGET_DIR)"/release/bundle/deb/*.deb

bench:
	scripts/install-deps.sh test
	bench/run.sh

eval:
	cargo run --release -p sequel-radar-core --example eval

fmt:
	cargo fmt --all

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
