"""Every shipped data file passes its validator, and a broken one is reported by name."""


from hadath import datacheck


def test_shipped_data_files_have_no_problems():
    assert datacheck.check_data_files() == []


def test_a_broken_file_is_reported_with_its_name(monkeypatch):
    real = datacheck.load_json

    def broken(name):
        if name == "triggers.json":
            data = real(name)
            data["triggers"][0]["event"] = "NOT-A-TYPE"
            return data
        return real(name)

    monkeypatch.setattr(datacheck, "load_json", broken)
    problems = datacheck.check_data_files()
    assert len(problems) == 1 and problems[0].startswith("triggers.json:")
    assert "NOT-A-TYPE" in problems[0]
