#!/usr/bin/env python3
"""Round trip of decoded fixtures through the Python types quicktype generated, then validation.

Usage: roundtrip.py MANIFEST
MANIFEST: {"modules": folder holding <namespace>.py, "cases": [{"name", "namespace", "function", "schema", "input"}]}.
"function" is the snake_case stem quicktype gave the type: <stem>_from_dict and <stem>_to_dict.
Prints one JSON object per case: decoded and re-encoded, and the validation errors of the re-encoded value
(paths and validator names only: values can be personal data).
"""
import importlib
import json
import sys

from jsonschema import Draft202012Validator, FormatChecker


def main(manifest_path):
    with open(manifest_path, encoding="utf-8") as handle:
        manifest = json.load(handle)
    sys.path.insert(0, manifest["modules"])
    validators = {}
    results = []
    for case in manifest["cases"]:
        result = {"name": case["name"], "errors": []}
        try:
            module = importlib.import_module(case["namespace"])
            with open(case["input"], encoding="utf-8") as handle:
                value = json.load(handle)
            typed = getattr(module, case["function"] + "_from_dict")(value)
            encoded = json.loads(json.dumps(getattr(module, case["function"] + "_to_dict")(typed)))
            validator = validators.get(case["schema"])
            if validator is None:
                with open(case["schema"], encoding="utf-8") as handle:
                    validator = Draft202012Validator(json.load(handle), format_checker=FormatChecker())
                validators[case["schema"]] = validator
            errors = sorted(validator.iter_errors(encoded), key=lambda error: list(error.absolute_path))
            result["errors"] = ["/".join(str(part) for part in error.absolute_path) + ": " + error.validator for error in errors[:5]]
        except Exception as error:  # a decoding failure is a result, not a crash of the whole run
            result["errors"] = ["round trip failed: " + type(error).__name__]
        results.append(result)
    print(json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1])
