//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *encrypt(const char *s) {
//@@ solution
    int i;
    char *out = malloc(strlen(s) + 1);
    for (i = 0; s[i] != '\0'; i++) {
        int w = ((int)s[i] - 'a' + 4) % 26 + 'a';
        out[i] = (char)w;
    }
    out[i] = '\0';
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = encrypt("hi");
        assert(strcmp(r, "lm") == 0);
        free(r);
    }
    {
        char *r = encrypt("asdfghjkl");
        assert(strcmp(r, "ewhjklnop") == 0);
        free(r);
    }
    {
        char *r = encrypt("gf");
        assert(strcmp(r, "kj") == 0);
        free(r);
    }
    {
        char *r = encrypt("et");
        assert(strcmp(r, "ix") == 0);
        free(r);
    }
    {
        char *r = encrypt("faewfawefaewg");
        assert(strcmp(r, "jeiajeaijeiak") == 0);
        free(r);
    }
    {
        char *r = encrypt("hellomyfriend");
        assert(strcmp(r, "lippsqcjvmirh") == 0);
        free(r);
    }
    {
        char *r = encrypt("dxzdlmnilfuhmilufhlihufnmlimnufhlimnufhfucufh");
        assert(strcmp(r, "hbdhpqrmpjylqmpyjlpmlyjrqpmqryjlpmqryjljygyjl") == 0);
        free(r);
    }
    {
        char *r = encrypt("a");
        assert(strcmp(r, "e") == 0);
        free(r);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = encrypt("hi");
        assert(strcmp(r, "lm") == 0);
        free(r);
    }
    {
        char *r = encrypt("asdfghjkl");
        assert(strcmp(r, "ewhjklnop") == 0);
        free(r);
    }
    {
        char *r = encrypt("gf");
        assert(strcmp(r, "kj") == 0);
        free(r);
    }
    {
        char *r = encrypt("et");
        assert(strcmp(r, "ix") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed encrypt.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer out -> returned malloc'd string.
