# One-off: extracts key, scope, type and default of every key from a local copy of the settings reference
# (DOC below) into props.json. Run gen.py, then assemble.py, to regenerate schemas/claude-code-settings.schema.json.
import re, json, collections
import os
HERE = os.path.dirname(os.path.abspath(__file__))
PROPS = os.path.join(HERE, 'props.json')  # intermediate, not committed
OUT = os.path.join(HERE, '..', '..', 'schemas', 'claude-code-settings.schema.json')
DOC=os.environ.get('SETTINGS_REFERENCE_MD', os.path.join(HERE, '..', '..', '..', 'shared', 'domain', 'docs', 'settings-reference.md'))
URL='https://code.claude.com/docs/en/settings-reference'
DATE='2026-08-22'
t=open(DOC).read()
rows=re.findall(r'^\| \[`([^`]+)`\]\(#([^)]+)\)\s*\|\s*(.*?)\s*\|\s*(.*?)\s*\|\s*(.*?)\s*\|$', t, re.M)
secs=re.split(r'\n### `([^`]+)`\n', t)
body={}
for i in range(1,len(secs),2): body[secs[i]]=secs[i+1]
SCOPE={'Any file':'any','Managed':'managed','User or managed':'user-managed','User, local, or managed':'user-local-managed','Global config':'global-config'}
SCOPE_TEXT={'any':'Any settings file (user, project, local, managed).','managed':'Managed settings only (`managed-settings.json`, MDM or server-managed); ignored in user, project and local files.','user-managed':'User (`~/.claude/settings.json`) or managed settings; ignored in project and local files.','user-local-managed':'User, local (`.claude/settings.local.json`) or managed settings; ignored in the shared project file.','global-config':'Read from `~/.claude.json` (global config), not from a settings file.'}
def md_link(s):
    # relative doc links -> absolute
    return re.sub(r'\]\(/docs/', '](https://code.claude.com/docs/', re.sub(r'\]\(#', '](' + URL + '#', s))
def human(k):
    w=re.sub(r'([a-z0-9])([A-Z])', r'\1 \2', k).replace('Mcp','MCP').replace('Ai','AI')
    return w[0].upper()+w[1:].lower() if False else w[0].upper()+w[1:]
def enum_of(b):
    m=re.search(r'\* \*\*Type\*\*: string, one of:\n((?:\s+\* `"[^`]+"`.*\n)+)', b)
    if not m: return None, None
    vals=re.findall(r'^\s+\* `"([^"`]+)"`:?\s*(.*)$', m.group(1), re.M)
    return [v for v,_ in vals], [md_link(d) for _,d in vals]
def type_of(k,tline):
    if tline is None: return {}
    tl=tline.lower()
    if tl.startswith('boolean'): return {'type':'boolean'}
    if tl.startswith('the string `"'):
        v=re.match(r'the string `"([^"]+)"`', tline).group(1); return {'type':'string','enum':[v],'markdownEnumDescriptions':[f'The only accepted value.']}
    if tl.startswith('string, one of:'):
        vals,descs=enum_of(body[k])
        if vals: return {'type':'string','enum':vals,'markdownEnumDescriptions':descs}
        return {'type':'string'}
    if tl.startswith('string, one uuid, or array'): return {'type':['string','array'],'items':{'type':'string'}}
    if tl.startswith('string'): return {'type':'string'}
    if tl.startswith('number of days') or 'positive integer' in tl: return {'type':'integer'}
    if tl.startswith('number'): return {'type':'number'}
    if tl.startswith('array of strings') or tl.startswith('array of model') or tl.startswith('array of url') or tl.startswith('array of environment') or tl.startswith('array of marketplace names') or tl.startswith('array of hostname') or tl.startswith('array of directory'):
        return {'type':'array','items':{'type':'string'}}
    if tl.startswith('array'): return {'type':'array'}
    if tl.startswith('object'): return {'type':'object'}
    return {}
props={}
scopes={}
for key,anchor,desc,topic,scope in rows:
    if '.' in key: continue
    b=body.get(key,'')
    m=re.search(r'\* \*\*Type\*\*: (.*)', b); tline=m.group(1) if m else None
    d=re.search(r'\* \*\*Default\*\*: (.*)', b); dline=d.group(1) if d else None
    sc=SCOPE[scope]; scopes[key]=sc
    text=md_link(desc)+'.\n\n**Scope:** '+SCOPE_TEXT[sc]
    if tline: text+='\n\n**Type:** '+md_link(tline)
    if dline: text+='\n\n**Default:** '+md_link(dline)
    text+=f'\n\n[docs]({URL}#{anchor})'
    p={'title':human(key),'markdownDescription':text,'x-sources':[{'url':URL,'date':DATE}],'x-scope':sc}
    p.update(type_of(key,tline))
    props[key]=p
json.dump({'props':props,'scopes':scopes},open(PROPS,'w'),indent=2)
print(len(props))
