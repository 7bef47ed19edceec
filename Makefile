# CustDesk: `make run` opens the app, `make test` runs every check. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test soak mutate lint bench bench-scale translations sysdeps demo drive clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "CustDesk needs Python 3.11+"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Libraries Qt's X11 window needs on a bare Debian/Ubuntu, and CJK fonts; only installed when
# missing and only where apt-get is usable (root). Elsewhere it says what is missing.
QT_DEBS := libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
           libxcb-render-util0 libxcb-shape0 libegl1 libfontconfig1 libdbus-1-3 fonts-noto-cjk
sysdeps:
	@if command -v dpkg >/dev/null 2>&1; then \
	  missing=$$(for p in $(QT_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	    else echo "Please install: $$missing"; fi; \
	  fi; \
	fi

run: $(STAMP) sysdeps
	$(BIN)/custdesk $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/lint-imports

# The shop's zone (UTC+8), as tests/conftest.py pins it too: a day judged in UTC shows up here.
# sysdeps first: the screens are checked for clipped Chinese, which needs the CJK fonts a clerk's
# machine has (without them, zh_CN lines measure differently and a layout test fails).
# One worker per core, each test module kept on one worker (its fixtures built once); run by
# hand, `pytest` stays in one process.
test: lint sysdeps
	TZ=Asia/Shanghai QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist loadscope

# The fault loops hundreds of times over (kill -9, disk full); figures go to docs/reliability.json.
soak: $(STAMP)
	TZ=Asia/Shanghai QT_QPA_PLATFORM=offscreen CUSTDESK_FAULT_REPORT=docs/reliability.json \
	  $(BIN)/python -m pytest -m 'soak or not soak' -s tests/faults

# Mutation testing of the domain modules (hours on two cores the first time; results kept in mutants/
# so a second run only redoes what changed). Not part of `make test`. MODULES=phones narrows it.
mutate: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,mutate]'
	TZ=Asia/Shanghai QT_QPA_PLATFORM=offscreen $(BIN)/python tools/mutate.py $(MODULES)

# FIGURE=search,excel runs only those figures (keys in benchmarks/figures); results.json keeps the rest.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks $(if $(FIGURE),--figure $(FIGURE))

# Search and the customer list at 10k, 100k and 1M customers, and their growth from 100k to 1M.
# The 1M file (2.5 GB, cached in benchmarks/.cache) takes about 30 minutes and 4 GB of memory to
# build the first time on two cores; later runs take about a minute and a half.
# SIZES=10000,100000 narrows it.
bench-scale: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.scale $(if $(SIZES),--sizes $(SIZES))

# A clerk's day typed with real keys under Xvfb (xdotool, openbox, ImageMagick); its screenshots
# go to docs/screenshots/drive-*.png. ARGS='--size 1366x768 --lang en' narrows it.
drive: $(STAMP)
	$(BIN)/python tools/drive_counter_day.py $(ARGS)

translations: $(STAMP)
	$(BIN)/python tools/translations.py

clean:
	rm -rf $(VENV) mutants .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
