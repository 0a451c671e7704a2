# zkinspector: `make run` and `make test` set everything up on a fresh Debian machine
# (as root, or with sudo), skipping what is already there.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# Debian packages: ZooKeeper (the sandbox and the tests run the real server), Java,
# the libraries Qt needs offscreen and under X11, Xvfb for the window smoke tests, an
# OpenSSH server for the SSH tunnel tests (they start their own on a free port).
APT_RUN := zookeeper default-jre-headless libegl1 libgl1 libglib2.0-0 libfontconfig1 \
	libfreetype6 libdbus-1-3 libxkbcommon0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 \
	libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 \
	libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 \
	libxcb-glx0 libxcb-render0 libxcb-util1
APT_TEST := xvfb xauth desktop-file-utils appstream openssh-server

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

TR_DIR  := resources/translations
LUPDATE := $(VENV)/bin/pyside6-lupdate
LRELEASE := $(VENV)/bin/pyside6-lrelease

.PHONY: run test test-long bench lint apt-run apt-test venv clean translations validate dist dist-check bench-big

run: apt-run $(STAMP)
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
		echo "No display: run it as 'xvfb-run -a make run', or set DISPLAY."; fi
	$(VENV)/bin/zkinspector --sandbox $(ARGS)

test: apt-run apt-test $(STAMP) validate
	$(PY) -m ruff check zkinspector tests benchmarks
	QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 $(PY) -m pytest -q -ra $(PYTEST_ARGS)

# Translations: lupdate collects every tr()/translate() text of the sources into the .ts
# files (new texts come in unfinished; translate them with pyside6-linguist or any text
# editor), lrelease builds the .qm catalogues the app loads. Both are committed: a test
# fails when a text has no finished Portuguese translation or a .qm is out of date.
translations: $(STAMP)
	$(LUPDATE) -silent -locations none -no-obsolete -source-language en -target-language pt_PT \
		$$(find zkinspector -name '*.py' | sort) -ts $(TR_DIR)/zkinspector_pt_PT.ts
	$(LUPDATE) -silent -locations none -no-obsolete -pluralonly -source-language en \
		-target-language en $$(find zkinspector -name '*.py' | sort) -ts $(TR_DIR)/zkinspector_en.ts
	for ts in $(TR_DIR)/*.ts; do $(LRELEASE) -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

# A one-folder application in dist/zkinspector (PyInstaller, a build-time dependency only).
dist: $(STAMP)
	$(PY) -m pip install -q -e ".[dist]"
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/zkinspector.spec
	@du -sh dist/zkinspector

# The bundle starts with a bare environment (no Python of the project, no display) and
# connects to a real ZooKeeper: see tests/packaging/check_bundle.py.
dist-check: dist apt-run
	$(PY) tests/packaging/check_bundle.py dist/zkinspector/zkinspector

# The desktop entry and the AppStream metadata, as distributions check them.
validate: apt-test
	desktop-file-validate resources/zkinspector.desktop
	appstreamcli validate --no-net --explain resources/io.github.zkinspector.metainfo.xml

# Property tests with 10,000 examples each.
test-long: apt-run apt-test $(STAMP)
	HYPOTHESIS_PROFILE=long QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
		$(PY) -m pytest -q tests/unit/test_paths.py tests/unit/test_codec.py tests/unit/test_acl.py tests/unit/test_connstr.py \
		tests/reliability/test_fuzz.py tests/reliability/test_connect.py

bench: apt-run apt-test $(STAMP) dist
	QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 $(PY) benchmarks/run_all.py

# A million znodes: every target of the scale issue in one table, side by side with
# zkCli.sh, kazoo and zk-shell (in a throw-away venv, no dependency of ours); a quarter of
# an hour. Run it when `uptime` shows a quiet machine.
ZK_SHELL_VENV := build/zk-shell-venv
bench-big: apt-run apt-test $(STAMP)
	@[ -x $(ZK_SHELL_VENV)/bin/zk-shell ] || { $(PYTHON) -m venv $(ZK_SHELL_VENV) && \
		$(ZK_SHELL_VENV)/bin/pip install -q zk-shell; }
	ZK_SHELL=$(ZK_SHELL_VENV)/bin/zk-shell QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
		$(PY) benchmarks/bench_big.py $(ARGS)

lint: $(STAMP)
	$(PY) -m ruff check zkinspector tests benchmarks
	$(PY) -m ruff format --check zkinspector tests benchmarks

apt-run:
	@missing=$$(for p in $(APT_RUN); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

apt-test:
	@missing=$$(for p in $(APT_TEST); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV) || { $(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y python3-venv && \
		$(PYTHON) -m venv $(VENV); }

$(STAMP): $(VENV)/bin/python pyproject.toml
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	touch $(STAMP)

venv: $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
