"""Authority linking: proposals from Wikidata, VIAF, the LC NAF, ORCID and ISNI, reviewed by librarians."""
