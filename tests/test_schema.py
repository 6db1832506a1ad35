import json

import pytest

from vnextract import extract
from vnextract.schema import json_schema

TEXT = ("Ngày 24/9, Tỉnh ủy Bình Dương sơ kết Nghị quyết số 25-NQ/TW ngày 13/6/2013. Chủ tịch nước "
        "Trần Đại Quang dự. 26 tập thể và 47 cá nhân nhận Bằng khen của Chủ tịch UBND tỉnh.")


def test_schema_lists_every_kind_and_field():
    schema = json_schema()
    assert set(schema["properties"]) >= {"dates", "legal_refs", "people", "titles", "awards"}
    assert schema["$defs"]["LegalRef"]["properties"]["issuer_codes"] == {"type": "array", "items": {"type": "string"}}


def test_output_validates():
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(extract(TEXT).to_json())
    jsonschema.validate(data, json_schema())
    data["dates"] = [{"text": 1}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())
