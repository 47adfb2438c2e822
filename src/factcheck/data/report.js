// The HTML report's script (factcheck.html_report inlines it in every page).
// No network, no dependency: it opens the claim panel and moves between the highlights.
(function(){
"use strict";
var panel=document.getElementById("panel"),body=panel.querySelector(".panel-body"),
title=document.getElementById("panel-title"),cards=document.getElementById("cards");
var data=JSON.parse(document.getElementById("factcheck-data").textContent);
var opener=null,active=null;
function card(n){
  var c=cards.querySelector('[data-card="'+n+'"]');
  if(!c)return null;
  var copy=c.cloneNode(true);copy.removeAttribute("id");return copy;
}
function show(ids,from,keep){
  body.textContent="";
  ids.forEach(function(n,i){
    var c=card(n);if(!c)return;
    if(i===0){body.appendChild(c);return;}
    var d=document.createElement("details");d.className="more";
    var s=document.createElement("summary");
    var h=c.querySelector("h3");s.innerHTML=h?h.innerHTML:"another claim";
    s.insertBefore(document.createTextNode("Also here: "),s.firstChild);
    d.appendChild(s);d.appendChild(c);body.appendChild(d);
  });
  body.querySelectorAll("details[data-expl]").forEach(function(d){
    var src=document.querySelector("#"+d.getAttribute("data-expl")+" .expl");
    if(src)d.appendChild(src.cloneNode(true));
  });
  title.textContent=ids.length>1?ids.length+" claims here":"Claim";
  if(active)active.classList.remove("active");
  active=from&&from.classList.contains("seg")?from:null;
  if(active)active.classList.add("active");
  opener=from||null;
  document.body.classList.add("panel-open");
  if(!keep)panel.focus({preventScroll:true});
  panel.scrollTop=0;
  if(active&&window.matchMedia("(max-width:1000px)").matches){
    active.scrollIntoView({block:"start"});window.scrollBy(0,-12);
  }
}
function showUncovered(el){
  body.textContent="";
  var a=document.createElement("article");a.className="card";
  var h=document.createElement("h3");h.textContent="Uncovered figure";
  var q=document.createElement("blockquote");q.textContent=el.textContent;
  var p=document.createElement("p");
  p.textContent="No claim in the claim files covers this figure, so it was not checked. "+
    "Add a claim quoting it (factcheck draft suggests one) to have it checked.";
  a.appendChild(h);a.appendChild(q);a.appendChild(p);body.appendChild(a);
  title.textContent="Not covered";opener=el;
  document.body.classList.add("panel-open");panel.focus({preventScroll:true});
}
function close(){
  document.body.classList.remove("panel-open");
  if(active){active.classList.remove("active");active=null;}
  if(opener&&opener.focus)opener.focus();
}
function activate(el,keep){
  if(el.hasAttribute("data-uncovered")){showUncovered(el);return;}
  show(el.getAttribute("data-u").split(" "),el,keep);
}
function jump(target,n){
  var el=document.getElementById(target);
  if(el){
    el.scrollIntoView({block:"center"});
    el.classList.remove("flash");void el.offsetWidth;el.classList.add("flash");
    if(el.focus)el.focus({preventScroll:true});
  }
  show([n],el);
}
document.addEventListener("click",function(ev){
  var t=ev.target;
  if(!(t instanceof Element))return;
  if(t.closest(".close")){close();return;}
  var link=t.closest("a[data-open]");
  if(link){ev.preventDefault();jump(link.getAttribute("href").slice(1),link.getAttribute("data-open"));return;}
  var seg=t.closest(".seg[data-u],.seg[data-uncovered]");
  if(seg&&!t.closest("#panel")){activate(seg);}
});
document.addEventListener("keydown",function(ev){
  var t=ev.target;
  if(ev.key==="Escape"&&document.body.classList.contains("panel-open")){ev.preventDefault();close();return;}
  if((ev.key==="Enter"||ev.key===" ")&&t instanceof Element&&t.matches(".seg[tabindex]")){
    ev.preventDefault();activate(t);return;
  }
  if(ev.altKey||ev.ctrlKey||ev.metaKey)return;
  if(t instanceof Element&&t.closest("input,textarea,select"))return;
  if(ev.key==="n"||ev.key==="p"){
    var ids=data.flagged;if(!ids.length)return;
    var cur=active?ids.indexOf(active.id):-1;
    var next=ev.key==="n"?(cur+1)%ids.length:(cur<=0?ids.length-1:cur-1);
    var el=document.getElementById(ids[next]);
    if(el){el.scrollIntoView({block:"center"});el.focus({preventScroll:true});activate(el,true);}
  }
});
window.addEventListener("beforeprint",function(){
  document.querySelectorAll("main details").forEach(function(d){d.open=true;});
});
})();
