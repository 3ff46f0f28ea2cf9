//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
//@@ signature
void encrypt(const char *s, char *out) {
//@@ solution
    int i;
    for (i = 0; s[i] != '\0'; i++) {
        int w = ((int)s[i] - 'a' + 4) % 26 + 'a';
        out[i] = (char)w;
    }
    out[i] = '\0';
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char out[4096] = {0};
        encrypt("hi", out);
        assert(strcmp(out, "lm") == 0);
    }
    {
        char out[4096] = {0};
        encrypt("asdfghjkl", out);
        assert(strcmp(out, "ewhjklnop") == 0);
    }
    {
        char out[4096] = {0};
        encrypt("gf", out);
        assert(strcmp(out, "kj") == 0);
    }
    {
        char out[4096] = {0};
        encrypt("et", out);
        assert(strcmp(out, "ix") == 0);
    }
    {
        char out[4096] = {0};
        encrypt("faewfawefaewg", out);
        assert(strcmp(out, "jeiajeaijeiak") == 0);
    }
    {
        char out[4096] = {0};
        encrypt("hellomyfriend", out);
        assert(strcmp(out, "lippsqcjvmirh") == 0);
    }
    {
        char out[4096] = {0};
        encrypt("dxzdlmnilfuhmilufhlihufnmlimnufhlimnufhfucufh", out);
        assert(strcmp(out, "hbdhpqrmpjylqmpyjlpmlyjrqpmqryjlpmqryjljygyjl") == 0);
    }
    {
        char out[4096] = {0};
        encrypt("a", out);
        assert(strcmp(out, "e") == 0);
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
        char out[4096] = {0};
        encrypt("hi", out);
        assert(strcmp(out, "lm") == 0);
    }
    {
        char out[4096] = {0};
        encrypt("asdfghjkl", out);
        assert(strcmp(out, "ewhjklnop") == 0);
    }
    {
        char out[4096] = {0};
        encrypt("gf", out);
        assert(strcmp(out, "kj") == 0);
    }
    {
        char out[4096] = {0};
        encrypt("et", out);
        assert(strcmp(out, "ix") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed encrypt.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
