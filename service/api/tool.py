"""Function-calling tool descriptions (OpenAI `tools` format) for a chatbot framework."""

from __future__ import annotations

from service.api.schemas import AskRequest, SearchRequest


def _parameters(model, drop: tuple[str, ...] = ()) -> dict:
    schema = model.model_json_schema()
    properties = {k: v for k, v in schema["properties"].items() if k not in drop}
    for spec in properties.values():
        spec.pop("title", None)
    return {
        "type": "object",
        "properties": properties,
        "required": [r for r in schema.get("required", []) if r not in drop],
        "additionalProperties": False,
    }


def tool_description() -> dict:
    return {
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "search_reports",
                    "description": (
                        "Search Chinese district emergency-management bureaus' annual 法治政府建设 reports. "
                        "Returns ranked passages with district, year, section path and character offsets. "
                        "Call it as POST /search with these arguments as the JSON body."
                    ),
                    "parameters": _parameters(SearchRequest, drop=("highlight", "explain")),
                },
            },
            {
                "type": "function",
                "function": {
                    "name": "ask_reports",
                    "description": (
                        "Answer a question from the reports with their own sentences, one citation per "
                        "sentence; answered=false when the reports do not cover it. Call it as POST /ask."
                    ),
                    "parameters": _parameters(AskRequest, drop=("stream",)),
                },
            },
        ]
    }
