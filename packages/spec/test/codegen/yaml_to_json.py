#!/usr/bin/env python3
"""Reads a YAML file with PyYAML (a YAML 1.1 reader) and prints it as JSON.

A value YAML 1.1 reads as something JSON has no word for (a date, a timestamp) is printed as
{"$python": type name, "value": text}, so that a comparison with the JSON document shows it.
"""
import json
import sys

import yaml

with open(sys.argv[1], encoding="utf-8") as handle:
    document = yaml.safe_load(handle)
print(json.dumps(document, default=lambda value: {"$python": type(value).__name__, "value": str(value)}))
