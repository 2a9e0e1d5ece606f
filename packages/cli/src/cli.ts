console.log("plankb");
