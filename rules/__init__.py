"""Built-in rule files (TOML). This folder is data; it is a package only so that it installs as cleaner.builtin_rules."""
