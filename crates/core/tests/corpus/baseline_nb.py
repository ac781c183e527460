#!/usr/bin/env python3
"""A statistical baseline to set the rule engine against (session 20).

Naive Bayes over each sentence's words and word pairs, trained on the labelled evidence
sentences (class = the passage's status) against every other sentence (class "none"); a
passage's status is its most probable non-"none" sentence class (unknown when "none" wins
everywhere). Prints 10-fold cross-validation on 000-886 and a score on 887-926 trained on
000-886. Pure Python, no packages; it reads only the labelled files, never the engine.
"""
import json, glob, re, math, random, collections, sys
import pathlib
C=str(pathlib.Path(__file__).parent)+'/'
def toks(s):
    w=re.findall(r"[a-z0-9']+", s.lower().replace('\u2019',"'"))
    return w+[a+'_'+b for a,b in zip(w,w[1:])]
def sents(t):
    return [x for x in re.split(r'(?<=[.!?])\s+|\n+', t) if len(x)>20]
data=[]
for j in sorted(glob.glob(C+'*.json')):
    d=json.load(open(j)); t=open(j[:-5]+'.txt').read()
    n=int(j.split('/')[-1][:3])
    title=d['title'].lower()
    ev=d['expected']['evidence']
    data.append((n,d['expected']['status'],t,title,ev))
def train_sent(rows):
    # sentence classifier: evidence sentences -> status; other sentences -> none
    cnt=collections.defaultdict(collections.Counter); cls=collections.Counter()
    for n,st,t,title,ev in rows:
        for s in sents(t):
            lab = st if ev and (ev[:60] in s or s[:60] in ev) else 'none'
            cls[lab]+=1; cnt[lab].update(set(toks(s)))
    V=len(set(k for c in cnt.values() for k in c))
    return cnt,cls,V
def score(model,s):
    cnt,cls,V=model; tot=sum(cls.values()); out={}
    tk=set(toks(s))
    for c in cls:
        lp=math.log(cls[c]/tot); den=cls[c]+2
        for w in tk:
            lp+=math.log((cnt[c][w]+1)/den)
        out[c]=lp
    return out
ORDER=['unknown','rumored','in_talks','confirmed','in_production','release_date_set','released','cancelled','denied']
def predict(model,t,title):
    best=('unknown',-1e9)
    for s in sents(t):
        sc=score(model,s)
        m=max(sc.values())
        z=sum(math.exp(v-m) for v in sc.values())
        probs={c:math.exp(v-m)/z for c,v in sc.items()}
        c=max((c for c in probs if c!='none'), key=lambda c: probs[c])
        if probs[c]>best[1] and probs[c]>probs['none']*0.5: best=(c,probs[c])
    return best[0]
train=[r for r in data if r[0]<=886]; test=[r for r in data if r[0]>=887]
random.seed(1); idx=list(range(len(train))); random.shuffle(idx)
k=10; correct=0
for f in range(k):
    te=set(idx[f::k]); m=train_sent([train[i] for i in range(len(train)) if i not in te])
    correct+=sum(1 for i in te if predict(m,train[i][2],train[i][3])==train[i][1])
print(f"10-fold CV on 000-886: {correct}/{len(train)} {correct/len(train):.3f}")
m=train_sent(train)
c=sum(1 for r in test if predict(m,r[2],r[3])==r[1])
print(f"held-out 887-926: {c}/{len(test)} {c/len(test):.3f}")
print("majority class:", collections.Counter(r[1] for r in train).most_common(1))
