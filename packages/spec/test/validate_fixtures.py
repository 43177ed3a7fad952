#!/usr/bin/env python3
"""Validates decoded fixtures against the generated JSON Schema with Python's jsonschema.

A second implementation of JSON Schema, in another language, checks what ajv checks: that the
generated files mean the same thing outside JavaScript.

Usage: validate_fixtures.py MANIFEST
MANIFEST is a JSON file: {"cases": [{"name": ..., "schema": path, "instance": path}, ...]}.
Prints one JSON object: the jsonschema version, the formats its FormatChecker asserts here, and per
case whether the instance is valid and the first errors.
"""
import json
import sys

import jsonschema
from jsonschema import Draft202012Validator, FormatChecker


def main(manifest_path):
    with open(manifest_path, encoding="utf-8") as handle:
        manifest = json.load(handle)
    format_checker = FormatChecker()
    validators = {}
    results = []
    for case in manifest["cases"]:
        validator = validators.get(case["schema"])
        if validator is None:
            with open(case["schema"], encoding="utf-8") as handle:
                schema = json.load(handle)
            # The schema itself must be valid draft 2020-12 (this raises otherwise).
            Draft202012Validator.check_schema(schema)
            validator = Draft202012Validator(schema, format_checker=format_checker)
            validators[case["schema"]] = validator
        with open(case["instance"], encoding="utf-8") as handle:
            instance = json.load(handle)
        errors = sorted(validator.iter_errors(instance), key=lambda error: list(error.absolute_path))
        results.append({
            "name": case["name"],
            "valid": not errors,
            # Paths and validator names only: instance values can be personal data.
            "errors": ["/".join(str(part) for part in error.absolute_path) + ": " + error.validator for error in errors[:5]],
        })
    print(json.dumps({
        "jsonschema": version(),
        "formats": sorted(format_checker.checkers),
        "results": results,
    }))


def version():
    try:
        from importlib.metadata import version as package_version
        return package_version("jsonschema")
    except Exception:  # pragma: no cover - very old Pythons
        return getattr(jsonschema, "__version__", "unknown")


if __name__ == "__main__":
    main(sys.argv[1])
