#!/usr/bin/env python3
"""Validates kit YAML files against kitpress's JSON Schema, as an editor would.

Usage: validate_schema.py SCHEMA_DIR FILE[:DEF] ...   (DEF: kit, deck, stickers, guide)
Prints one line per problem and exits 1 if any file does not validate.
"""
import json
import sys
from pathlib import Path

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    """Reads dates as text, as YAML 1.2 and editors' language servers do."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def main() -> int:
    schema_dir = Path(sys.argv[1])
    root = json.loads((schema_dir / "kitpress.schema.json").read_text())
    failures = 0
    for arg in sys.argv[2:]:
        path, _, kind = arg.partition(":")
        schema = root if kind in ("", "kit") else {"$ref": f"#/$defs/{kind}", "$defs": root["$defs"]}
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=Yaml12Loader)
        validator = jsonschema.Draft202012Validator(schema)
        for error in validator.iter_errors(data):
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: {where}: {error.message}")
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
