#!/usr/bin/env python3
"""Merges the components of an `errcat openapi` document into a service document.

  openapi_merge.py SERVICE.yaml CATALOG.openapi.json OUT.json
"""
import json
import sys

import yaml

service = yaml.safe_load(open(sys.argv[1]))
catalog = json.load(open(sys.argv[2]))
components = service.setdefault("components", {})
for kind, values in catalog["components"].items():
    components.setdefault(kind, {}).update(values)
json.dump(service, open(sys.argv[3], "w"), indent=2, sort_keys=True)
