"""Leaders add colleagues, give them passwords; everyone can change their own."""

from __future__ import annotations

import pytest

from narrativ.errors import InvalidInput, NotPermitted, WrongPassword
from narrativ.services import accounts
from narrativ.services.workspace import unlock
from tests.conftest import Institution


def test_new_colleague_logs_in_with_the_password_the_leader_gave(institution: Institution) -> None:
    leader = institution.unlock()
    key = accounts.add_staff(leader, "Mette  Kjær", groups=("Musene",), password="mettes-kode-1")
    staff = {s.key: s for s in accounts.list_staff(leader)}
    assert staff[key].initials == "MK" and staff[key].name == "Mette Kjær"
    assert staff[key].has_password and staff[key].groups == ("g-mus",)
    with pytest.raises(InvalidInput, match="allerede"):
        accounts.add_staff(leader, "mette kjær")
    with pytest.raises(NotPermitted):
        accounts.remove_staff(leader, "Hanne Østergaard")
    leader.lock()
    mette = unlock(institution.path, "MK", "mettes-kode-1")
    assert mette.user.role == "educator"
    accounts.change_own_password(mette, "mettes-kode-1", "ny-kode-til-mette")
    mette.lock()
    with pytest.raises(WrongPassword):
        unlock(institution.path, "MK", "mettes-kode-1")
    unlock(institution.path, "MK", "ny-kode-til-mette").lock()


def test_short_password_is_refused(institution: Institution) -> None:
    leader = institution.unlock()
    with pytest.raises(InvalidInput, match="mindst 8"):
        accounts.add_staff(leader, "Kort Kode", password="1234")
    leader.lock()
