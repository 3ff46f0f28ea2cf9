//@@ header
#include <stdio.h>
#include <string.h>
#include <ctype.h>
//@@ helpers
//@@ doc_append
The result points to memory the caller does not free.
//@@ signature
char* solve(char *s) {
//@@ solution
    int nletter = 0;
    int length = strlen(s);
    for (int i = 0; i < length; i++) {
        if (isalpha((unsigned char)s[i])) {
            if (isupper((unsigned char)s[i])) s[i] = tolower((unsigned char)s[i]);
            else if (islower((unsigned char)s[i])) s[i] = toupper((unsigned char)s[i]);
        } else {
            nletter += 1;
        }
    }
    if (nletter == length) {
        for (int i = 0; i < length / 2; i++) {
            char temp = s[i];
            s[i] = s[length - i - 1];
            s[length - i - 1] = temp;
        }
    }
    return s;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char a0[74] = "AsDf";
        assert(strcmp(solve(a0), "aSdF") == 0);
    }
    {
        char a0[74] = "1234";
        assert(strcmp(solve(a0), "4321") == 0);
    }
    {
        char a0[70] = "ab";
        assert(strcmp(solve(a0), "AB") == 0);
    }
    {
        char a0[74] = "#a@C";
        assert(strcmp(solve(a0), "#A@c") == 0);
    }
    {
        char a0[84] = "#AsdfW^45";
        assert(strcmp(solve(a0), "#aSDFw^45") == 0);
    }
    {
        char a0[74] = "#6@2";
        assert(strcmp(solve(a0), "2@6#") == 0);
    }
    {
        char a0[76] = "#$a^D";
        assert(strcmp(solve(a0), "#$A^d") == 0);
    }
    {
        char a0[74] = "#ccc";
        assert(strcmp(solve(a0), "#CCC") == 0);
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
        char a0[74] = "1234";
        assert(strcmp(solve(a0), "4321") == 0);
    }
    {
        char a0[70] = "ab";
        assert(strcmp(solve(a0), "AB") == 0);
    }
    {
        char a0[74] = "#a@C";
        assert(strcmp(solve(a0), "#A@c") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed solve.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
